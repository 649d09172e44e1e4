# Runs lupdate over the sources into a scratch copy of a .ts file and fails when any entry is
# unfinished, vanished or obsolete: the shipped French catalogue must match the code exactly.
# Inputs: LUPDATE, TS, SOURCES_LIST, WORK, SOURCE_DIR (include root), EXTRA (extra lupdate options, e.g. -pluralonly).
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(_name "${TS}" NAME)
set(_copy "${WORK}/${_name}")
configure_file("${TS}" "${_copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -I "${SOURCE_DIR}" ${EXTRA} -locations none "@${SOURCES_LIST}" -ts "${_copy}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_rc}): ${_out}${_err}")
endif()
file(READ "${_copy}" _content)
set(_problems "")
foreach(_kind unfinished vanished obsolete)
    string(REGEX MATCHALL "type=\"${_kind}\"" _hits "${_content}")
    list(LENGTH _hits _count)
    if(_count GREATER 0)
        string(APPEND _problems "${_count} ${_kind} ")
    endif()
endforeach()
if(_problems)
    # Print the first offending sources to make the fix obvious.
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"(unfinished|vanished|obsolete)\"" _examples "${_content}")
    list(SUBLIST _examples 0 10 _examples)
    string(REPLACE ";" "\n" _examples "${_examples}")
    message(FATAL_ERROR "${_name}: ${_problems}entries after lupdate. Run the update_translations "
        "target and translate them. First ones:\n${_examples}")
endif()
message(STATUS "${_name}: every entry translated")
