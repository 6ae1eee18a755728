#include "shelllogging.h"

Q_LOGGING_CATEGORY(lcShell, "cliniclink.ui.shell")
