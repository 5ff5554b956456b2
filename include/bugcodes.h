/*
 * bugcodes.h - bug check codes drivers pass to KeBugCheckEx or meet in
 * Driver Verifier reports (a selection; values from the bug check reference).
 */
#ifndef _BUGCODES_
#define _BUGCODES_

#define APC_INDEX_MISMATCH                         ((ULONG)0x00000001L)
#define INVALID_PROCESS_ATTACH_ATTEMPT             ((ULONG)0x00000005L)
#define IRQL_NOT_GREATER_OR_EQUAL                  ((ULONG)0x00000009L)
#define IRQL_NOT_LESS_OR_EQUAL                     ((ULONG)0x0000000AL)
#define SPIN_LOCK_ALREADY_OWNED                    ((ULONG)0x0000000FL)
#define SPIN_LOCK_NOT_OWNED                        ((ULONG)0x00000010L)
#define THREAD_NOT_MUTEX_OWNER                     ((ULONG)0x00000011L)
#define BAD_POOL_HEADER                            ((ULONG)0x00000019L)
#define KMODE_EXCEPTION_NOT_HANDLED                ((ULONG)0x0000001EL)
#define NO_MORE_IRP_STACK_LOCATIONS                ((ULONG)0x00000035L)
#define SYSTEM_SERVICE_EXCEPTION                   ((ULONG)0x0000003BL)
#define MULTIPLE_IRP_COMPLETE_REQUESTS             ((ULONG)0x00000044L)
#define IRQL_GT_ZERO_AT_SYSTEM_SERVICE             ((ULONG)0x0000004AL)
#define PFN_LIST_CORRUPT                           ((ULONG)0x0000004EL)
#define PAGE_FAULT_IN_NONPAGED_AREA                ((ULONG)0x00000050L)
#define KERNEL_STACK_INPAGE_ERROR                  ((ULONG)0x00000077L)
#define INACCESSIBLE_BOOT_DEVICE                   ((ULONG)0x0000007BL)
#define SYSTEM_THREAD_EXCEPTION_NOT_HANDLED        ((ULONG)0x0000007EL)
#define UNEXPECTED_KERNEL_MODE_TRAP                ((ULONG)0x0000007FL)
#define DRIVER_POWER_STATE_FAILURE                 ((ULONG)0x0000009FL)
#define ATTEMPTED_WRITE_TO_READONLY_MEMORY         ((ULONG)0x000000BEL)
#define BAD_POOL_CALLER                            ((ULONG)0x000000C2L)
#define DRIVER_VERIFIER_DETECTED_VIOLATION         ((ULONG)0x000000C4L)
#define DRIVER_CORRUPTED_EXPOOL                    ((ULONG)0x000000C5L)
#define DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS ((ULONG)0x000000CEL)
#define DRIVER_IRQL_NOT_LESS_OR_EQUAL              ((ULONG)0x000000D1L)
#define MANUALLY_INITIATED_CRASH                   ((ULONG)0x000000E2L)
#define CRITICAL_PROCESS_DIED                      ((ULONG)0x000000EFL)
#define DRIVER_OVERRAN_STACK_BUFFER                ((ULONG)0x000000F7L)
#define DPC_WATCHDOG_VIOLATION                     ((ULONG)0x00000133L)
#define KERNEL_SECURITY_CHECK_FAILURE              ((ULONG)0x00000139L)

#endif /* _BUGCODES_ */
