# One place for the flags every Watchkeeper target shares.
add_library(wk_compile_options INTERFACE)
target_compile_definitions(wk_compile_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  WK_VERSION="${PROJECT_VERSION}")
target_compile_options(wk_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(WK_WARNINGS_AS_ERRORS)
  target_compile_options(wk_compile_options INTERFACE -Werror)
endif()
if(WK_SANITIZE)
  target_compile_options(wk_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(wk_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Adds one Qt Test executable per source file, registered with ctest.
#   wk_add_test(NAME test_database SOURCES test_database.cpp LIBS watchkeeper_models [LABELS gui])
function(wk_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test wk_compile_options ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;WK_SOURCE_DIR=${PROJECT_SOURCE_DIR};WK_BINARY_DIR=${PROJECT_BINARY_DIR};${T_ENV}")
  if(T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
  endif()
endfunction()
