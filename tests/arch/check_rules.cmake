# Architecture rules (ARCHITECTURE.md, "Dependency rules"), checked on every test run:
#  1. modules/* include no Qt GUI/Widgets headers;
#  2. only modules/dicom includes DCMTK/OpenJPEG, only modules/store includes SQLCipher,
#     only modules/crypto includes OpenSSL/argon2; ui/ and app/ include none of them;
#  3. no built executable links the system libsqlite3 (it would silently disable SQLCipher).
set(violations "")
file(GLOB_RECURSE sources "${SOURCE_DIR}/modules/*.h" "${SOURCE_DIR}/modules/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(f IN LISTS sources)
  file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
  file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    if(rel MATCHES "^modules/" AND line MATCHES "<(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QImage|QPixmap|QPainter|QColor|QFont)[>/]")
      string(APPEND violations "${rel}: GUI header in a module: ${line}\n")
    endif()
    if(line MATCHES "dcmtk/|openjpeg" AND NOT rel MATCHES "^modules/dicom/")
      string(APPEND violations "${rel}: DCMTK/OpenJPEG outside modules/dicom: ${line}\n")
    endif()
    if(line MATCHES "sqlcipher|sqlite3\\.h" AND NOT rel MATCHES "^modules/store/")
      string(APPEND violations "${rel}: SQLCipher outside modules/store: ${line}\n")
    endif()
    if(line MATCHES "<openssl/|<argon2" AND NOT rel MATCHES "^modules/crypto/")
      string(APPEND violations "${rel}: OpenSSL/argon2 outside modules/crypto: ${line}\n")
    endif()
  endforeach()
endforeach()

foreach(exe IN LISTS EXECUTABLES)
  if(EXISTS "${exe}")
    execute_process(COMMAND ldd "${exe}" OUTPUT_VARIABLE libs)
    if(libs MATCHES "libsqlite3\\.so")
      string(APPEND violations "${exe} links libsqlite3\n")
    endif()
  endif()
endforeach()

if(violations)
  message(FATAL_ERROR "Architecture rule violations:\n${violations}")
endif()
message(STATUS "architecture rules hold (${CMAKE_ARGC} checks over sources and executables)")
