#pragma once

#include <QString>

namespace cliniclink::registry {

// 健康档案编号: 17 digits = clinic code (6 county GB/T 2260 + 3 township + 3 village) + 5-digit
// sequence allocated by the archive-creating clinic in creation order.
inline constexpr int kArchiveSequenceDigits = 5;
inline constexpr int kArchiveSequenceMax = 99999;

bool isValidClinicCode(const QString &code);        // 12 digits
bool isValidArchiveNumber(const QString &number);   // 17 digits, sequence ≥ 1
// Empty if the clinic code is invalid or the sequence is outside 1…99999.
QString formatArchiveNumber(const QString &clinicCode, int sequence);
QString archiveClinicCode(const QString &number);   // first 12 digits
int archiveSequence(const QString &number);         // last 5 digits, 0 if invalid

} // namespace cliniclink::registry
