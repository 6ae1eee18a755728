#pragma once

namespace cliniclink::his {

// Record types written through store::Store::putRecord (stable: they travel to the platform).
inline constexpr char kDrugRecord[] = "drug";
inline constexpr char kFeeItemRecord[] = "fee_item";
inline constexpr char kPrescriptionRecord[] = "prescription";
inline constexpr char kStockBatchRecord[] = "stock_batch";
inline constexpr char kStockMovementRecord[] = "stock_movement";
inline constexpr char kStocktakeRecord[] = "stocktake";
inline constexpr char kChargeRecord[] = "charge_line";
inline constexpr char kPaymentRecord[] = "payment";
inline constexpr char kSettlementRecord[] = "daily_settlement";

} // namespace cliniclink::his
