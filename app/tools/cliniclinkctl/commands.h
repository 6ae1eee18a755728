#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

// One cliniclinkctl invocation: parsed options, the command words, and stdin for secrets.
struct Invocation {
    QCommandLineParser &parser;
    QStringList words; // e.g. {"user", "add", "alice"}
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
    QString signInPassword = {}; // kept for 'passwd', which must re-check it
};

int runCommand(Invocation &inv);
