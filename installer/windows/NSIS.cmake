# Windows installer (NSIS) settings, kept beside the Debian package so both stay in step.
# Used when the project is configured on Windows (windeployqt output staged by the build).
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_DISPLAY_NAME "ClinicLink 乡村医生工作站")
set(CPACK_NSIS_PACKAGE_NAME "ClinicLink")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cliniclink.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/cliniclink.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ClinicLink.lnk' '$INSTDIR\\\\bin\\\\cliniclink.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\ClinicLink.lnk'")
# Patient data lives under %LOCALAPPDATA%\ClinicLink and is never removed by the uninstaller.
set(CPACK_NSIS_URL_INFO_ABOUT "https://cliniclink.example/")
