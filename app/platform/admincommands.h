#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// cliniclink-platform --database URL admin … (organisation tree, enrolment codes, users).
int runAdminCommand(const QCommandLineParser &parser, const QStringList &words, QTextStream &in, QTextStream &out,
                    QTextStream &err);
