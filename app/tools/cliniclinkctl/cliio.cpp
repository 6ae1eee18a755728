#include "cliio.h"

#include "exitcodes.h"

int report(Invocation &inv, const cliniclink::Error &e)
{
    inv.err << "error: " << e.untranslatedMessage() << " (" << e.name() << ")";
    if (!e.detail.isEmpty())
        inv.err << ": " << e.detail;
    inv.err << Qt::endl;
    return exitCodeFor(e.code);
}

int usage(Invocation &inv, const QString &why)
{
    inv.err << "usage error: " << why << "\nRun 'cliniclinkctl --help' for the commands." << Qt::endl;
    return ExitUsage;
}
