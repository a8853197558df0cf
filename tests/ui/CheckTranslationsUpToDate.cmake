# Fails when the committed .ts files lag behind the sources: a new or changed tr() string that was
# never translated, or a removed one still in the file. Runs lupdate on copies, never on the
# committed files. Variables: LUPDATE, SOURCES_LIST, TS_DIR, WORK_DIR.
file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
  message(FATAL_ERROR "No .ts files in ${TS_DIR}")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  set(copy "${WORK_DIR}/${name}")
  configure_file("${ts}" "${copy}" COPYONLY)
  execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${copy}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
  endif()
  file(READ "${ts}" before)
  file(READ "${copy}" after)
  if(NOT before STREQUAL after)
    list(APPEND stale "${name}")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "Out of date with the sources: ${stale}. Build the target watchkeeper_ui_lupdate, "
                      "translate every new entry (no type=\"unfinished\"), and commit the .ts files.")
endif()
message(STATUS "Translations are up to date: ${ts_files}")
