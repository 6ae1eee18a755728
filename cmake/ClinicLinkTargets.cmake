# Small helpers that give every target the same shape: C++20, warnings, an alias
# cliniclink::<name>, and the dependency rules of ARCHITECTURE.md enforced at configure time.
include_guard(GLOBAL)

set(CLINICLINK_FORBIDDEN_IN_MODULES Qt6::Gui Qt6::Widgets Qt6::PrintSupport Qt6::OpenGL
    Qt6::OpenGLWidgets Qt6::Sql)

function(_cliniclink_common target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

function(_cliniclink_check_links kind name)
  foreach(lib IN LISTS ARGN)
    if(lib IN_LIST CLINICLINK_FORBIDDEN_IN_MODULES)
      message(FATAL_ERROR "${kind} '${name}' may not link ${lib}: modules are Qt-Core-level (see ARCHITECTURE.md)")
    endif()
    if(lib MATCHES "^cliniclink::ui_" AND kind STREQUAL "module")
      message(FATAL_ERROR "module '${name}' may not depend on UI library ${lib}")
    endif()
  endforeach()
endfunction()

# cliniclink_add_module(name SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# A widget-free library under modules/<name> with public headers in include/cliniclink/<name>/.
function(cliniclink_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "cliniclink_add_module(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  _cliniclink_check_links(module ${name} ${ARG_PUBLIC_LIBS} ${ARG_PRIVATE_LIBS})
  add_library(cl_${name} STATIC ${ARG_SOURCES})
  add_library(cliniclink::${name} ALIAS cl_${name})
  _cliniclink_common(cl_${name})
  target_include_directories(cl_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(cl_${name} PUBLIC Qt6::Core ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  set_target_properties(cl_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# cliniclink_add_ui(name SOURCES ... LIBS ...): a Qt Widgets library under ui/<name>.
function(cliniclink_add_ui name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "cliniclink_add_ui(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  # Absolute paths: the sources are also handed to lupdate from another directory.
  list(TRANSFORM ARG_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ REGEX "^[^/]")
  add_library(cl_ui_${name} STATIC ${ARG_SOURCES})
  add_library(cliniclink::ui_${name} ALIAS cl_ui_${name})
  _cliniclink_common(cl_ui_${name})
  target_include_directories(cl_ui_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(cl_ui_${name} PUBLIC Qt6::Widgets ${ARG_LIBS})
  set_property(GLOBAL APPEND PROPERTY CLINICLINK_TR_SOURCES ${ARG_SOURCES})
  set_property(GLOBAL APPEND PROPERTY CLINICLINK_TR_INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/include)
endfunction()

# cliniclink_add_executable(name SOURCES ... LIBS ...): wiring only.
function(cliniclink_add_executable name)
  cmake_parse_arguments(ARG "" "OUTPUT_NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  _cliniclink_common(${name})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  if(ARG_OUTPUT_NAME)
    set_target_properties(${name} PROPERTIES OUTPUT_NAME ${ARG_OUTPUT_NAME})
  endif()
endfunction()

# cliniclink_add_test(name SOURCES ... LIBS ... LABELS ... [GUI] [XVFB] [TIMEOUT s] [ENVIRONMENT ...])
# One Qt Test executable = one CTest test. GUI tests run on the offscreen platform;
# XVFB tests (screenshots, OpenGL) run under xvfb-run.
function(cliniclink_add_test name)
  cmake_parse_arguments(ARG "GUI;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;ARGS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  _cliniclink_common(${name})
  target_link_libraries(${name} PRIVATE Qt6::Test cliniclink_test_support ${ARG_LIBS})
  if(ARG_XVFB)
    find_program(XVFB_RUN xvfb-run REQUIRED)
    add_test(NAME ${name} COMMAND ${XVFB_RUN} -a -s "-screen 0 1600x1000x24" $<TARGET_FILE:${name}> ${ARG_ARGS})
  else()
    add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
  endif()
  set(env "CLINICLINK_SHARED_DIR=${CLINICLINK_SHARED_DIR}" "CLINICLINK_BUILD_DIR=${CMAKE_BINARY_DIR}"
      "CLINICLINK_SOURCE_DIR=${CMAKE_SOURCE_DIR}" ${ARG_ENVIRONMENT})
  if(ARG_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  # Qt Test's own per-function limit (5 min) would cut a long test before CTest's TIMEOUT on a
  # loaded machine; CTest's TIMEOUT is the one limit.
  list(APPEND env "QTEST_FUNCTION_TIMEOUT=${ARG_TIMEOUT}000")
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
endfunction()
