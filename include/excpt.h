/*
 * excpt.h - structured exception handling (__try/__except) support values.
 * clang provides the SEH keywords and the _exception_code/_exception_info
 * intrinsics itself on Windows targets.
 */
#ifndef _DRVLINT_EXCPT_H_
#define _DRVLINT_EXCPT_H_

#define EXCEPTION_EXECUTE_HANDLER      1
#define EXCEPTION_CONTINUE_SEARCH      0
#define EXCEPTION_CONTINUE_EXECUTION   (-1)

#define GetExceptionCode               _exception_code
#define GetExceptionInformation()      ((struct _EXCEPTION_POINTERS *)_exception_info())
#define AbnormalTermination            _abnormal_termination

typedef enum _EXCEPTION_DISPOSITION {
    ExceptionContinueExecution,
    ExceptionContinueSearch,
    ExceptionNestedException,
    ExceptionCollidedUnwind
} EXCEPTION_DISPOSITION;

#endif /* _DRVLINT_EXCPT_H_ */
