/*
 * drvlint/wdm_roles.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * The driver callback ROLE typedefs of data/ddi/roles.tsv that belong to
 * wdm.h. Each is a function type (so a driver can declare
 * `DRIVER_DISPATCH MyDispatch;`) plus its P-pointer type, and carries
 *   _Function_class_(NAME)  and the IRQL the system calls it at:
 *     one level L            -> _IRQL_requires_(L)
 *     range A..B / choice A|B -> _IRQL_requires_min_(A) _IRQL_requires_max_(B)
 *   For a typedef shared by several roles the loosest bound is used.
 * Callbacks that must return at the IRQL they were entered at also carry
 * _IRQL_requires_same_.
 *
 * A few roles of the table are named by what the WDK declares as POINTER
 * typedefs (POB_PRE_OPERATION_CALLBACK, POB_POST_OPERATION_CALLBACK here;
 * the process/thread/image notify routines in ntddk.h). They are pointer
 * typedefs here too, so casts such as (PCREATE_PROCESS_NOTIFY_ROUTINE)Fn and
 * variables of those types compile as with the WDK; the annotations sit on
 * the pointer typedef, and role discovery accepts a pointer typedef's own
 * name as the role.
 *
 * ntddk.h, ntifs.h and wmilib.h define the remaining roles of the table.
 */
#ifndef _DRVLINT_WDM_ROLES_H_
#define _DRVLINT_WDM_ROLES_H_

/* ---- Driver object entry points ---------------------------------------- */

typedef _Function_class_(DRIVER_INITIALIZE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_INITIALIZE(
    _In_ struct _DRIVER_OBJECT *DriverObject,
    _In_ PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

typedef _Function_class_(DRIVER_REINITIALIZE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
DRIVER_REINITIALIZE(
    _In_ struct _DRIVER_OBJECT *DriverObject,
    _In_opt_ PVOID Context,
    _In_ ULONG Count);
typedef DRIVER_REINITIALIZE *PDRIVER_REINITIALIZE;

typedef _Function_class_(DRIVER_ADD_DEVICE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_ADD_DEVICE(
    _In_ struct _DRIVER_OBJECT *DriverObject,
    _In_ struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;

typedef _Function_class_(DRIVER_UNLOAD)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
DRIVER_UNLOAD(
    _In_ struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;

/* Dispatch: PASSIVE_LEVEL in general, up to APC_LEVEL for read/write/
   device control in the paging path, DISPATCH_LEVEL for IRP_MJ_POWER on
   non-pageable stacks. */
typedef _Function_class_(DRIVER_DISPATCH)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_DISPATCH(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;

/* Variants the WDK offers for dispatch routines known to be pageable or
   known to run raised; same role (DRIVER_DISPATCH), tighter bound. */
typedef _Function_class_(DRIVER_DISPATCH)
_IRQL_requires_max_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_DISPATCH_PAGED(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH_PAGED *PDRIVER_DISPATCH_PAGED;

typedef _Function_class_(DRIVER_DISPATCH)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_DISPATCH_RAISED(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH_RAISED *PDRIVER_DISPATCH_RAISED;

typedef _Function_class_(DRIVER_STARTIO)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
DRIVER_STARTIO(
    _Inout_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;

typedef _Function_class_(IO_COMPLETION_ROUTINE)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
IO_COMPLETION_ROUTINE(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ struct _IRP *Irp,
    _In_opt_ PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;

/* Entered at DISPATCH_LEVEL holding the cancel spin lock, which the routine
   must release (IoReleaseCancelSpinLock(Irp->CancelIrql)). */
typedef _Function_class_(DRIVER_CANCEL)
_IRQL_requires_(DISPATCH_LEVEL)
__drv_mustHoldCancelSpinLock
__drv_releasesCancelSpinLock
VOID
DRIVER_CANCEL(
    _Inout_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ _IRQL_uses_cancel_ struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;

/* ---- DPCs, interrupts, timers, work items --------------------------------- */

/* CustomDpc / CustomTimerDpc at DISPATCH_LEVEL; threaded DPCs may run at
   PASSIVE_LEVEL. */
typedef _Function_class_(KDEFERRED_ROUTINE)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
KDEFERRED_ROUTINE(
    _In_ struct _KDPC *Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef _Function_class_(IO_DPC_ROUTINE)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
IO_DPC_ROUTINE(
    _In_ struct _KDPC *Dpc,
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp,
    _In_opt_ PVOID Context);
typedef IO_DPC_ROUTINE *PIO_DPC_ROUTINE;

typedef _Function_class_(KSERVICE_ROUTINE)
_IRQL_requires_(DIRQL)
_IRQL_requires_same_
BOOLEAN
KSERVICE_ROUTINE(
    _In_ struct _KINTERRUPT *Interrupt,
    _In_opt_ PVOID ServiceContext);
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;

typedef _Function_class_(KMESSAGE_SERVICE_ROUTINE)
_IRQL_requires_(DIRQL)
_IRQL_requires_same_
BOOLEAN
KMESSAGE_SERVICE_ROUTINE(
    _In_ struct _KINTERRUPT *Interrupt,
    _In_ PVOID ServiceContext,
    _In_ ULONG MessageID);
typedef KMESSAGE_SERVICE_ROUTINE *PKMESSAGE_SERVICE_ROUTINE;

typedef _Function_class_(KSYNCHRONIZE_ROUTINE)
_IRQL_requires_(DIRQL)
_IRQL_requires_same_
BOOLEAN
KSYNCHRONIZE_ROUTINE(
    _In_opt_ PVOID SynchronizeContext);
typedef KSYNCHRONIZE_ROUTINE *PKSYNCHRONIZE_ROUTINE;

typedef _Function_class_(IO_WORKITEM_ROUTINE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
IO_WORKITEM_ROUTINE(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_opt_ PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;

typedef _Function_class_(IO_WORKITEM_ROUTINE_EX)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
IO_WORKITEM_ROUTINE_EX(
    _In_ PVOID IoObject,
    _In_opt_ PVOID Context,
    _In_ struct _IO_WORKITEM *IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX *PIO_WORKITEM_ROUTINE_EX;

typedef _Function_class_(WORKER_THREAD_ROUTINE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
WORKER_THREAD_ROUTINE(
    _In_ PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;

typedef _Function_class_(KSTART_ROUTINE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
KSTART_ROUTINE(
    _In_ PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

typedef _Function_class_(IO_TIMER_ROUTINE)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
IO_TIMER_ROUTINE(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_opt_ PVOID Context);
typedef IO_TIMER_ROUTINE *PIO_TIMER_ROUTINE;

/* ---- Controllers and DMA -------------------------------------------------------- */

/* ControllerControl and AdapterControl */
typedef _Function_class_(DRIVER_CONTROL)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
IO_ALLOCATION_ACTION
DRIVER_CONTROL(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID Context);
typedef DRIVER_CONTROL *PDRIVER_CONTROL;

typedef _Function_class_(DRIVER_LIST_CONTROL)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
DRIVER_LIST_CONTROL(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ struct _IRP *Irp,
    _In_ struct _SCATTER_GATHER_LIST *ScatterGather,
    _In_ PVOID Context);
typedef DRIVER_LIST_CONTROL *PDRIVER_LIST_CONTROL;

typedef _Function_class_(DMA_COMPLETION_ROUTINE)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
DMA_COMPLETION_ROUTINE(
    _In_ struct _DMA_ADAPTER *DmaAdapter,
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ PVOID CompletionContext,
    _In_ DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;

/* ---- Power and Plug and Play notifications ----------------------------------------- */

typedef _Function_class_(REQUEST_POWER_COMPLETE)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
REQUEST_POWER_COMPLETE(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ UCHAR MinorFunction,
    _In_ POWER_STATE PowerState,
    _In_opt_ PVOID Context,
    _In_ struct _IO_STATUS_BLOCK *IoStatus);
typedef REQUEST_POWER_COMPLETE *PREQUEST_POWER_COMPLETE;

typedef _Function_class_(DRIVER_NOTIFICATION_CALLBACK_ROUTINE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
DRIVER_NOTIFICATION_CALLBACK_ROUTINE(
    _In_ PVOID NotificationStructure,
    _Inout_opt_ PVOID Context);
typedef DRIVER_NOTIFICATION_CALLBACK_ROUTINE *PDRIVER_NOTIFICATION_CALLBACK_ROUTINE;

typedef _Function_class_(POWER_SETTING_CALLBACK)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
POWER_SETTING_CALLBACK(
    _In_ LPCGUID SettingGuid,
    _In_reads_bytes_(ValueLength) PVOID Value,
    _In_ ULONG ValueLength,
    _Inout_opt_ PVOID Context);
typedef POWER_SETTING_CALLBACK *PPOWER_SETTING_CALLBACK;

/* ---- Callback objects and registry callbacks ---------------------------------------- */

typedef _Function_class_(CALLBACK_FUNCTION)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
CALLBACK_FUNCTION(
    _In_opt_ PVOID CallbackContext,
    _In_opt_ PVOID Argument1,
    _In_opt_ PVOID Argument2);
typedef CALLBACK_FUNCTION *PCALLBACK_FUNCTION;

typedef _Function_class_(EX_CALLBACK_FUNCTION)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
EX_CALLBACK_FUNCTION(
    _In_ PVOID CallbackContext,
    _In_opt_ PVOID Argument1,
    _In_opt_ PVOID Argument2);
typedef EX_CALLBACK_FUNCTION *PEX_CALLBACK_FUNCTION;

/* ---- Bug check, NMI and IPI callbacks ---------------------------------------------------- */

typedef _Function_class_(KBUGCHECK_CALLBACK_ROUTINE)
_IRQL_requires_(HIGH_LEVEL)
_IRQL_requires_same_
VOID
KBUGCHECK_CALLBACK_ROUTINE(
    _In_ PVOID Buffer,
    _In_ ULONG Length);
typedef KBUGCHECK_CALLBACK_ROUTINE *PKBUGCHECK_CALLBACK_ROUTINE;

typedef _Function_class_(KBUGCHECK_REASON_CALLBACK_ROUTINE)
_IRQL_requires_(HIGH_LEVEL)
_IRQL_requires_same_
VOID
KBUGCHECK_REASON_CALLBACK_ROUTINE(
    _In_ KBUGCHECK_CALLBACK_REASON Reason,
    _In_ struct _KBUGCHECK_REASON_CALLBACK_RECORD *Record,
    _Inout_ PVOID ReasonSpecificData,
    _In_ ULONG ReasonSpecificDataLength);
typedef KBUGCHECK_REASON_CALLBACK_ROUTINE *PKBUGCHECK_REASON_CALLBACK_ROUTINE;

typedef _Function_class_(NMI_CALLBACK)
_IRQL_requires_(HIGH_LEVEL)
_IRQL_requires_same_
BOOLEAN
NMI_CALLBACK(
    _In_opt_ PVOID Context,
    _In_ BOOLEAN Handled);
typedef NMI_CALLBACK *PNMI_CALLBACK;

typedef _Function_class_(KIPI_BROADCAST_WORKER)
_IRQL_requires_(IPI_LEVEL)
_IRQL_requires_same_
ULONG_PTR
KIPI_BROADCAST_WORKER(
    _In_ ULONG_PTR Argument);
typedef KIPI_BROADCAST_WORKER *PKIPI_BROADCAST_WORKER;

/* ---- Object manager callbacks (pointer-typedef roles, see header comment) ----------------- */

typedef _Function_class_(POB_PRE_OPERATION_CALLBACK)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
OB_PREOP_CALLBACK_STATUS
(NTAPI *POB_PRE_OPERATION_CALLBACK)(
    _In_ PVOID RegistrationContext,
    _Inout_ struct _OB_PRE_OPERATION_INFORMATION *OperationInformation);

typedef _Function_class_(POB_POST_OPERATION_CALLBACK)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
VOID
(NTAPI *POB_POST_OPERATION_CALLBACK)(
    _In_ PVOID RegistrationContext,
    _In_ struct _OB_POST_OPERATION_INFORMATION *OperationInformation);

/* ---- Registry query callback ------------------------------------------------------------------ */

typedef _Function_class_(RTL_QUERY_REGISTRY_ROUTINE)
_IRQL_requires_(PASSIVE_LEVEL)
_IRQL_requires_same_
NTSTATUS
RTL_QUERY_REGISTRY_ROUTINE(
    _In_z_ PWSTR ValueName,
    _In_ ULONG ValueType,
    _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
    _In_ ULONG ValueLength,
    _In_opt_ PVOID Context,
    _In_opt_ PVOID EntryContext);
typedef RTL_QUERY_REGISTRY_ROUTINE *PRTL_QUERY_REGISTRY_ROUTINE;

/* ---- Cancel-safe IRP queue callbacks --------------------------------------------------------- */

typedef _Function_class_(IO_CSQ_INSERT_IRP)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
IO_CSQ_INSERT_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ struct _IRP *Irp);
typedef IO_CSQ_INSERT_IRP *PIO_CSQ_INSERT_IRP;

typedef _Function_class_(IO_CSQ_INSERT_IRP_EX)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
IO_CSQ_INSERT_IRP_EX(
    _In_ struct _IO_CSQ *Csq,
    _In_ struct _IRP *Irp,
    _In_ PVOID InsertContext);
typedef IO_CSQ_INSERT_IRP_EX *PIO_CSQ_INSERT_IRP_EX;

typedef _Function_class_(IO_CSQ_REMOVE_IRP)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
IO_CSQ_REMOVE_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ struct _IRP *Irp);
typedef IO_CSQ_REMOVE_IRP *PIO_CSQ_REMOVE_IRP;

typedef _Function_class_(IO_CSQ_PEEK_NEXT_IRP)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
struct _IRP *
IO_CSQ_PEEK_NEXT_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_opt_ struct _IRP *Irp,
    _In_opt_ PVOID PeekContext);
typedef IO_CSQ_PEEK_NEXT_IRP *PIO_CSQ_PEEK_NEXT_IRP;

/* Takes the queue's lock (typically a driver spin lock) and returns holding
   it: raises to DISPATCH_LEVEL and stores the previous IRQL in *Irql. */
typedef _Function_class_(IO_CSQ_ACQUIRE_LOCK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(*Csq)
VOID
IO_CSQ_ACQUIRE_LOCK(
    _In_ struct _IO_CSQ *Csq,
    _Out_ _IRQL_saves_ PKIRQL Irql);
typedef IO_CSQ_ACQUIRE_LOCK *PIO_CSQ_ACQUIRE_LOCK;

/* Releases the lock taken by IO_CSQ_ACQUIRE_LOCK and returns to the IRQL
   saved there. */
typedef _Function_class_(IO_CSQ_RELEASE_LOCK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_Releases_lock_(*Csq)
VOID
IO_CSQ_RELEASE_LOCK(
    _In_ struct _IO_CSQ *Csq,
    _In_ _IRQL_restores_ KIRQL Irql);
typedef IO_CSQ_RELEASE_LOCK *PIO_CSQ_RELEASE_LOCK;

typedef _Function_class_(IO_CSQ_COMPLETE_CANCELED_IRP)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
IO_CSQ_COMPLETE_CANCELED_IRP(
    _In_ struct _IO_CSQ *Csq,
    _In_ struct _IRP *Irp);
typedef IO_CSQ_COMPLETE_CANCELED_IRP *PIO_CSQ_COMPLETE_CANCELED_IRP;

/* ---- Lookaside list (Ex) callbacks -------------------------------------------------------------- */

typedef _Function_class_(ALLOCATE_FUNCTION_EX)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
PVOID
ALLOCATE_FUNCTION_EX(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _Inout_ struct _LOOKASIDE_LIST_EX *Lookaside);
typedef ALLOCATE_FUNCTION_EX *PALLOCATE_FUNCTION_EX;

typedef _Function_class_(FREE_FUNCTION_EX)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
FREE_FUNCTION_EX(
    _In_ __drv_freesMem(Mem) PVOID Buffer,
    _Inout_ struct _LOOKASIDE_LIST_EX *Lookaside);
typedef FREE_FUNCTION_EX *PFREE_FUNCTION_EX;

/* ---- High-resolution executive timers -------------------------------------------------------------- */

typedef _Function_class_(EXT_CALLBACK)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
EXT_CALLBACK(
    _In_ PEX_TIMER Timer,
    _In_opt_ PVOID Context);
typedef EXT_CALLBACK *PEXT_CALLBACK;

typedef _Function_class_(EXT_DELETE_CALLBACK)
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
EXT_DELETE_CALLBACK(
    _In_opt_ PVOID Context);
typedef EXT_DELETE_CALLBACK *PEXT_DELETE_CALLBACK;

/* ---- Power management framework (PoFx) -------------------------------------------------------------- */

typedef _Function_class_(PO_FX_COMPONENT_IDLE_STATE_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_COMPONENT_IDLE_STATE_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG Component,
    _In_ ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;

typedef _Function_class_(PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;

typedef _Function_class_(PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;

typedef _Function_class_(PO_FX_DEVICE_POWER_REQUIRED_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(
    _In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;

typedef _Function_class_(PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(
    _In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;

typedef _Function_class_(PO_FX_POWER_CONTROL_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
NTSTATUS
PO_FX_POWER_CONTROL_CALLBACK(
    _In_ PVOID DeviceContext,
    _In_ LPCGUID PowerControlCode,
    _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
    _In_ SIZE_T InBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
    _In_ SIZE_T OutBufferSize,
    _Out_opt_ PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;

typedef _Function_class_(PO_FX_COMPONENT_PERF_STATE_CALLBACK)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
PO_FX_COMPONENT_PERF_STATE_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG Component,
    _In_ BOOLEAN Succeeded,
    _In_ PVOID RequestContext);
typedef PO_FX_COMPONENT_PERF_STATE_CALLBACK *PPO_FX_COMPONENT_PERF_STATE_CALLBACK;

/* ---- Sessions, run-once initialisation, MDL mapping ---------------------------------------------------- */

typedef _Function_class_(IO_SESSION_NOTIFICATION_FUNCTION)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(APC_LEVEL)
_IRQL_requires_same_
NTSTATUS
IO_SESSION_NOTIFICATION_FUNCTION(
    _In_ PVOID SessionObject,
    _In_ PVOID IoObject,
    _In_ ULONG Event,
    _In_ PVOID Context,
    _In_reads_bytes_opt_(PayloadLength) PVOID NotificationPayload,
    _In_ ULONG PayloadLength);
typedef IO_SESSION_NOTIFICATION_FUNCTION *PIO_SESSION_NOTIFICATION_FUNCTION;

typedef _Function_class_(RTL_RUN_ONCE_INIT_FN)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(APC_LEVEL)
_IRQL_requires_same_
ULONG
NTAPI
RTL_RUN_ONCE_INIT_FN(
    _Inout_ PRTL_RUN_ONCE RunOnce,
    _Inout_opt_ PVOID Parameter,
    _Inout_opt_ PVOID *Context);
typedef RTL_RUN_ONCE_INIT_FN *PRTL_RUN_ONCE_INIT_FN;

typedef _Function_class_(MM_MDL_ROUTINE)
_IRQL_requires_min_(PASSIVE_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID
MM_MDL_ROUTINE(
    _In_opt_ PVOID DriverContext,
    _In_ PVOID MappedVa);
typedef MM_MDL_ROUTINE *PMM_MDL_ROUTINE;

#endif /* _DRVLINT_WDM_ROLES_H_ */
