/*
 * drvlint/ddi_wdm_a.h - annotated prototypes for the wdm.h routines of
 * data/ddi/wdm-ddi.tsv rows 1-366.
 *
 * Every routine is a plain prototype, including the ones the real kit
 * implements as macros or inline functions, so the analyzer sees each use
 * as a call it can check against the annotations. The IRQL and lock
 * annotations encode the table's columns and nothing else; the buffer
 * annotations (_In_, _Out_ ...) only document the parameters.
 */
#ifndef _DRVLINT_DDI_WDM_A_H_
#define _DRVLINT_DDI_WDM_A_H_

/* ==== Status classification (functions here, not macros) ================= */

BOOLEAN NT_SUCCESS(NTSTATUS Status);
BOOLEAN NT_INFORMATION(NTSTATUS Status);
BOOLEAN NT_WARNING(NTSTATUS Status);
BOOLEAN NT_ERROR(NTSTATUS Status);

/* ==== Executive spin locks (KSPIN_LOCK) ==================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Drv_acquires_(spinlock, SpinLock)
VOID NTAPI KeAcquireSpinLock(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(spinlock, SpinLock)
VOID NTAPI KeReleaseSpinLock(
    _Inout_ PKSPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL NewIrql);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_acquires_(spinlock, SpinLock)
VOID NTAPI KeAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(spinlock, SpinLock)
VOID NTAPI KeReleaseSpinLockFromDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(spinlock, SpinLock)
VOID FASTCALL KefReleaseSpinLockFromDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
_Drv_acquires_(spinlock, SpinLock)
KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(
    _Inout_ PKSPIN_LOCK SpinLock);

/* For CustomThreadedDpc routines that may run at PASSIVE or DISPATCH. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
_Drv_acquires_(spinlock, SpinLock)
KIRQL NTAPI KeAcquireSpinLockForDpc(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(spinlock, SpinLock)
VOID NTAPI KeReleaseSpinLockForDpc(
    _Inout_ PKSPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
_When_(return != 0, _Drv_acquires_(spinlock, SpinLock))
BOOLEAN FASTCALL KeTryToAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

BOOLEAN FASTCALL KeTestSpinLock(
    _In_ PKSPIN_LOCK SpinLock);

VOID NTAPI KeInitializeSpinLock(
    _Out_ PKSPIN_LOCK SpinLock);

/* ==== In-stack queued spin locks (identified by the KLOCK_QUEUE_HANDLE) ==== */

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Drv_acquires_(queuedspinlock, LockHandle)
VOID FASTCALL KeAcquireInStackQueuedSpinLock(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(queuedspinlock, LockHandle)
VOID FASTCALL KeReleaseInStackQueuedSpinLock(
    _In_ _IRQL_restores_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_acquires_(queuedspinlock, LockHandle)
VOID FASTCALL KeAcquireInStackQueuedSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_releases_(queuedspinlock, LockHandle)
VOID FASTCALL KeReleaseInStackQueuedSpinLockFromDpcLevel(
    _In_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Drv_acquires_(queuedspinlock, LockHandle)
VOID NTAPI KeAcquireInStackQueuedSpinLockForDpc(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(queuedspinlock, LockHandle)
VOID NTAPI KeReleaseInStackQueuedSpinLockForDpc(
    _In_ _IRQL_restores_ PKLOCK_QUEUE_HANDLE LockHandle);

/* ==== Interrupt spin locks and synchronization with an ISR ================= */

_IRQL_requires_max_(DIRQL)
_IRQL_raises_(DIRQL)
_IRQL_saves_
_Drv_acquires_(interruptspinlock, Interrupt)
KIRQL NTAPI KeAcquireInterruptSpinLock(
    _Inout_ PKINTERRUPT Interrupt);

_IRQL_requires_(DIRQL)
_Drv_releases_(interruptspinlock, Interrupt)
VOID NTAPI KeReleaseInterruptSpinLock(
    _Inout_ PKINTERRUPT Interrupt,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_max_(DIRQL)
BOOLEAN NTAPI KeSynchronizeExecution(
    _Inout_ PKINTERRUPT Interrupt,
    _In_ PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
    _In_opt_ PVOID SynchronizeContext);

/* ==== IRQL ================================================================== */

_IRQL_raises_(NewIrql)
VOID NTAPI KeRaiseIrql(
    _In_ KIRQL NewIrql,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

VOID NTAPI KeLowerIrql(
    _In_ _Drv_irql_lowers_ KIRQL NewIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);

KIRQL NTAPI KeGetCurrentIrql(VOID);

/* ==== DPC objects ============================================================ */

VOID NTAPI KeInitializeDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);

VOID NTAPI KeInitializeThreadedDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);

BOOLEAN NTAPI KeInsertQueueDpc(
    _Inout_ PRKDPC Dpc,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);

BOOLEAN NTAPI KeRemoveQueueDpc(
    _Inout_ PRKDPC Dpc);

VOID NTAPI KeSetImportanceDpc(
    _Inout_ PRKDPC Dpc,
    _In_ KDPC_IMPORTANCE Importance);

VOID NTAPI KeSetTargetProcessorDpc(
    _Inout_ PRKDPC Dpc,
    _In_ CCHAR Number);

NTSTATUS NTAPI KeSetTargetProcessorDpcEx(
    _Inout_ PKDPC Dpc,
    _In_ PPROCESSOR_NUMBER ProcNumber);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI KeFlushQueuedDpcs(VOID);

_IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeIsExecutingDpc(VOID);

_IRQL_requires_(DISPATCH_LEVEL)
LOGICAL NTAPI KeShouldYieldProcessor(VOID);

_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI KeQueryDpcWatchdogInformation(
    _Out_ PKDPC_WATCHDOG_INFORMATION WatchdogInformation);

/* ==== Kernel timers ========================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeInitializeTimer(
    _Out_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeInitializeTimerEx(
    _Out_ PKTIMER Timer,
    _In_ TIMER_TYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeSetTimer(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeSetTimerEx(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_ LONG Period,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeSetCoalescableTimer(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_ ULONG Period,
    _In_ ULONG TolerableDelay,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeCancelTimer(
    _Inout_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeReadStateTimer(
    _In_ PKTIMER Timer);

/* ==== Executive (high-resolution) timers ===================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
PEX_TIMER NTAPI ExAllocateTimer(
    _In_opt_ PEXT_CALLBACK Callback,
    _In_opt_ PVOID CallbackContext,
    _In_ ULONG Attributes);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI ExSetTimer(
    _In_ PEX_TIMER Timer,
    _In_ LONGLONG DueTime,
    _In_ LONGLONG Period,
    _In_opt_ PEXT_SET_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI ExCancelTimer(
    _Inout_ PEX_TIMER Timer,
    _In_opt_ PEXT_CANCEL_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI ExDeleteTimer(
    _In_ PEX_TIMER Timer,
    _In_ BOOLEAN Cancel,
    _In_ BOOLEAN Wait,
    _In_opt_ PEXT_DELETE_PARAMETERS Parameters);

/* ==== Events ================================================================= */

VOID NTAPI KeInitializeEvent(
    _Out_ PRKEVENT Event,
    _In_ EVENT_TYPE Type,
    _In_ BOOLEAN State);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeSetEvent(
    _Inout_ PRKEVENT Event,
    _In_ KPRIORITY Increment,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeClearEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeResetEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeReadStateEvent(
    _In_ PRKEVENT Event);

/* ==== Mutexes and semaphores ================================================= */

VOID NTAPI KeInitializeMutex(
    _Out_ PRKMUTEX Mutex,
    _In_ ULONG Level);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(mutex, Mutex)
LONG NTAPI KeReleaseMutex(
    _Inout_ PRKMUTEX Mutex,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeReadStateMutex(
    _In_ PRKMUTEX Mutex);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI KeInitializeSemaphore(
    _Out_ PRKSEMAPHORE Semaphore,
    _In_ LONG Count,
    _In_ LONG Limit);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeReleaseSemaphore(
    _Inout_ PRKSEMAPHORE Semaphore,
    _In_ KPRIORITY Increment,
    _In_ LONG Adjustment,
    _In_ BOOLEAN Wait);

LONG NTAPI KeReadStateSemaphore(
    _In_ PRKSEMAPHORE Semaphore);

/* ==== Waiting ================================================================ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI KeWaitForSingleObject(
    _In_ PVOID Object,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI KeWaitForMultipleObjects(
    _In_ ULONG Count,
    _In_reads_(Count) PVOID Object[],
    _In_ WAIT_TYPE WaitType,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout,
    _Out_opt_ PKWAIT_BLOCK WaitBlockArray);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(NT_SUCCESS(return), _Drv_acquires_(mutex, Mutex))
NTSTATUS NTAPI KeWaitForMutexObject(
    _Inout_ PRKMUTEX Mutex,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI KeDelayExecutionThread(
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_ PLARGE_INTEGER Interval);

VOID NTAPI KeStallExecutionProcessor(
    _In_ ULONG MicroSeconds);

/* ==== Guarded mutexes, critical and guarded regions ========================= */

_IRQL_requires_max_(APC_LEVEL)
VOID FASTCALL KeInitializeGuardedMutex(
    _Out_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(guardedmutex, Mutex)
_Drv_acquires_(guardedregion, _Global_)
VOID FASTCALL KeAcquireGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(guardedmutex, Mutex)
_Drv_releases_(guardedregion, _Global_)
VOID FASTCALL KeReleaseGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(guardedmutex, FastMutex)
VOID FASTCALL KeAcquireGuardedMutexUnsafe(
    _Inout_ PKGUARDED_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(guardedmutex, FastMutex)
VOID FASTCALL KeReleaseGuardedMutexUnsafe(
    _Inout_ PKGUARDED_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _Drv_acquires_(guardedmutex, Mutex))
_When_(return != 0, _Drv_acquires_(guardedregion, _Global_))
BOOLEAN FASTCALL KeTryToAcquireGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(criticalregion, _Global_)
VOID NTAPI KeEnterCriticalRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(criticalregion, _Global_)
VOID NTAPI KeLeaveCriticalRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(guardedregion, _Global_)
VOID NTAPI KeEnterGuardedRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(guardedregion, _Global_)
VOID NTAPI KeLeaveGuardedRegion(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeAreApcsDisabled(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeAreAllApcsDisabled(VOID);

/* ==== Device queues ========================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeInitializeDeviceQueue(
    _Out_ PKDEVICE_QUEUE DeviceQueue);

_IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeInsertDeviceQueue(
    _Inout_ PKDEVICE_QUEUE DeviceQueue,
    _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);

_IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeInsertByKeyDeviceQueue(
    _Inout_ PKDEVICE_QUEUE DeviceQueue,
    _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry,
    _In_ ULONG SortKey);

_IRQL_requires_(DISPATCH_LEVEL)
PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveDeviceQueue(
    _Inout_ PKDEVICE_QUEUE DeviceQueue);

_IRQL_requires_(DISPATCH_LEVEL)
PKDEVICE_QUEUE_ENTRY NTAPI KeRemoveByKeyDeviceQueue(
    _Inout_ PKDEVICE_QUEUE DeviceQueue,
    _In_ ULONG SortKey);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI KeRemoveEntryDeviceQueue(
    _Inout_ PKDEVICE_QUEUE DeviceQueue,
    _Inout_ PKDEVICE_QUEUE_ENTRY DeviceQueueEntry);

/* ==== Threads, processors and time =========================================== */

PKTHREAD NTAPI KeGetCurrentThread(VOID);

ULONG NTAPI KeGetCurrentProcessorNumberEx(
    _Out_opt_ PPROCESSOR_NUMBER ProcNumber);

VOID NTAPI KeQuerySystemTime(
    _Out_ PLARGE_INTEGER CurrentTime);

VOID NTAPI KeQuerySystemTimePrecise(
    _Out_ PLARGE_INTEGER CurrentTime);

VOID NTAPI KeQueryTickCount(
    _Out_ PLARGE_INTEGER TickCount);

ULONGLONG NTAPI KeQueryInterruptTime(VOID);

ULONGLONG NTAPI KeQueryInterruptTimePrecise(
    _Out_ PULONGLONG QpcTimeStamp);

ULONGLONG NTAPI KeQueryUnbiasedInterruptTime(VOID);

LARGE_INTEGER NTAPI KeQueryPerformanceCounter(
    _Out_opt_ PLARGE_INTEGER PerformanceFrequency);

ULONG NTAPI KeQueryTimeIncrement(VOID);

DECLSPEC_NORETURN
VOID NTAPI KeBugCheckEx(
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4);

/* ==== Floating point and extended processor state ============================ */

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(NT_SUCCESS(return), _Drv_acquires_(floatstate, FloatSave))
NTSTATUS NTAPI KeSaveFloatingPointState(
    _Out_ PKFLOATING_SAVE FloatSave);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(floatstate, FloatSave)
NTSTATUS NTAPI KeRestoreFloatingPointState(
    _In_ PKFLOATING_SAVE FloatSave);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(NT_SUCCESS(return), _Drv_acquires_(floatstate, XStateSave))
NTSTATUS NTAPI KeSaveExtendedProcessorState(
    _In_ ULONG64 Mask,
    _Out_ PXSTATE_SAVE XStateSave);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(floatstate, XStateSave)
VOID NTAPI KeRestoreExtendedProcessorState(
    _In_ PXSTATE_SAVE XStateSave);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeFlushIoBuffers(
    _In_ PMDL Mdl,
    _In_ BOOLEAN ReadOperation,
    _In_ BOOLEAN DmaOperation);

/* ==== Thread priority and affinity =========================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
KPRIORITY NTAPI KeSetPriorityThread(
    _Inout_ PKTHREAD Thread,
    _In_ KPRIORITY Priority);

_IRQL_requires_max_(PASSIVE_LEVEL)
KPRIORITY NTAPI KeQueryPriorityThread(
    _In_ PKTHREAD Thread);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeSetSystemAffinityThread(
    _In_ KAFFINITY Affinity);

_IRQL_requires_max_(DISPATCH_LEVEL)
KAFFINITY NTAPI KeSetSystemAffinityThreadEx(
    _In_ KAFFINITY Affinity);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeRevertToUserAffinityThreadEx(
    _In_ KAFFINITY Affinity);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeSetSystemGroupAffinityThread(
    _In_ PGROUP_AFFINITY Affinity,
    _Out_opt_ PGROUP_AFFINITY PreviousAffinity);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeRevertToUserGroupAffinityThread(
    _In_ PGROUP_AFFINITY PreviousAffinity);

KAFFINITY NTAPI KeQueryActiveProcessors(VOID);

ULONG NTAPI KeQueryActiveProcessorCount(
    _Out_opt_ PKAFFINITY ActiveProcessors);

ULONG NTAPI KeQueryActiveProcessorCountEx(
    _In_ USHORT GroupNumber);

ULONG NTAPI KeQueryMaximumProcessorCountEx(
    _In_ USHORT GroupNumber);

/* ==== Bug check, NMI, IPI and processor-change callbacks ===================== */

BOOLEAN NTAPI KeRegisterBugCheckCallback(
    _Out_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord,
    _In_ PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine,
    _In_reads_bytes_opt_(Length) PVOID Buffer,
    _In_ ULONG Length,
    _In_ PUCHAR Component);

BOOLEAN NTAPI KeDeregisterBugCheckCallback(
    _Inout_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord);

BOOLEAN NTAPI KeRegisterBugCheckReasonCallback(
    _Out_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord,
    _In_ PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine,
    _In_ KBUGCHECK_CALLBACK_REASON Reason,
    _In_ PUCHAR Component);

BOOLEAN NTAPI KeDeregisterBugCheckReasonCallback(
    _Inout_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord);

_IRQL_requires_max_(APC_LEVEL)
PVOID NTAPI KeRegisterNmiCallback(
    _In_ PNMI_CALLBACK CallbackRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI KeDeregisterNmiCallback(
    _In_ PVOID Handle);

_IRQL_requires_max_(DIRQL)
ULONG_PTR NTAPI KeIpiGenericCall(
    _In_ PKIPI_BROADCAST_WORKER BroadcastFunction,
    _In_ ULONG_PTR Context);

VOID NTAPI KeMemoryBarrier(VOID);

_IRQL_requires_max_(PASSIVE_LEVEL)
PVOID NTAPI KeRegisterProcessorChangeCallback(
    _In_ PPROCESSOR_CALLBACK_FUNCTION CallbackFunction,
    _In_opt_ PVOID CallbackContext,
    _In_ ULONG Flags);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI KeDeregisterProcessorChangeCallback(
    _In_ PVOID CallbackHandle);

/* ==== Pool allocation ======================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePool(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolWithTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolWithQuota(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolWithQuotaTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolWithTagPriority(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePool3(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_reads_opt_(ExtendedParametersCount) PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
    _In_ ULONG ExtendedParametersCount);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolQuotaZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolQuotaUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolPriorityZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocatePoolPriorityUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExFreePool(
    _In_ PVOID P);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExFreePoolWithTag(
    _In_ PVOID P,
    _In_ ULONG Tag);

/* ==== Fast mutexes =========================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExInitializeFastMutex(
    _Out_ PFAST_MUTEX FastMutex);

/* The old IRQL is kept inside the FAST_MUTEX. */
_IRQL_requires_max_(APC_LEVEL)
_IRQL_raises_(APC_LEVEL)
_Drv_acquires_(fastmutex, FastMutex)
VOID FASTCALL ExAcquireFastMutex(
    _Inout_ _IRQL_saves_ PFAST_MUTEX FastMutex);

_IRQL_requires_(APC_LEVEL)
_Drv_releases_(fastmutex, FastMutex)
VOID FASTCALL ExReleaseFastMutex(
    _Inout_ _IRQL_restores_ PFAST_MUTEX FastMutex);

_IRQL_requires_(APC_LEVEL)
_Drv_acquires_(fastmutex, FastMutex)
VOID FASTCALL ExAcquireFastMutexUnsafe(
    _Inout_ PFAST_MUTEX FastMutex);

_IRQL_requires_(APC_LEVEL)
_Drv_releases_(fastmutex, FastMutex)
VOID FASTCALL ExReleaseFastMutexUnsafe(
    _Inout_ PFAST_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _IRQL_raises_(APC_LEVEL))
_When_(return != 0, _Drv_acquires_(fastmutex, FastMutex))
BOOLEAN FASTCALL ExTryToAcquireFastMutex(
    _Inout_ _IRQL_saves_ PFAST_MUTEX FastMutex);

/* ==== Executive resources (ERESOURCE) ======================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI ExInitializeResourceLite(
    _Out_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI ExReinitializeResourceLite(
    _Inout_ PERESOURCE Resource);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI ExDeleteResourceLite(
    _Inout_ PERESOURCE Resource);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _Drv_acquires_(resource, Resource))
_Drv_succeeds_if_(Wait)
BOOLEAN NTAPI ExAcquireResourceExclusiveLite(
    _Inout_ PERESOURCE Resource,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _Drv_acquires_(resource-shared, Resource))
_Drv_succeeds_if_(Wait)
BOOLEAN NTAPI ExAcquireResourceSharedLite(
    _Inout_ PERESOURCE Resource,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _Drv_acquires_(resource-shared, Resource))
_Drv_succeeds_if_(Wait)
BOOLEAN NTAPI ExAcquireSharedStarveExclusive(
    _Inout_ PERESOURCE Resource,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(APC_LEVEL)
_When_(return != 0, _Drv_acquires_(resource-shared, Resource))
_Drv_succeeds_if_(Wait)
BOOLEAN NTAPI ExAcquireSharedWaitForExclusive(
    _Inout_ PERESOURCE Resource,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(resource, Resource)
VOID FASTCALL ExReleaseResourceLite(
    _Inout_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(resource, Resource)
VOID NTAPI ExReleaseResourceForThreadLite(
    _Inout_ PERESOURCE Resource,
    _In_ ERESOURCE_THREAD ResourceThreadId);

_IRQL_requires_max_(APC_LEVEL)
_Drv_converts_(resource, resource-shared, Resource)
VOID NTAPI ExConvertExclusiveToSharedLite(
    _Inout_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI ExIsResourceAcquiredExclusiveLite(
    _In_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NTAPI ExIsResourceAcquiredSharedLite(
    _In_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NTAPI ExGetExclusiveWaiterCount(
    _In_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NTAPI ExGetSharedWaiterCount(
    _In_ PERESOURCE Resource);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExSetResourceOwnerPointer(
    _Inout_ PERESOURCE Resource,
    _In_ PVOID OwnerPointer);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(criticalregion, _Global_)
_Drv_acquires_(resource, Resource)
PVOID NTAPI ExEnterCriticalRegionAndAcquireResourceExclusive(
    _Inout_ PERESOURCE Resource);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(resource, Resource)
_Drv_releases_(criticalregion, _Global_)
VOID FASTCALL ExReleaseResourceAndLeaveCriticalRegion(
    _Inout_ PERESOURCE Resource);

/* ==== Reader/writer spin locks (EX_SPIN_LOCK) ================================ */

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
_Drv_acquires_(exspinlock, SpinLock)
KIRQL NTAPI ExAcquireSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(exspinlock, SpinLock)
VOID NTAPI ExReleaseSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
_Drv_acquires_(exspinlock-shared, SpinLock)
KIRQL NTAPI ExAcquireSpinLockShared(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(exspinlock-shared, SpinLock)
VOID NTAPI ExReleaseSpinLockShared(
    _Inout_ PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_acquires_(exspinlock, SpinLock)
VOID NTAPI ExAcquireSpinLockExclusiveAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_releases_(exspinlock, SpinLock)
VOID NTAPI ExReleaseSpinLockExclusiveFromDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_acquires_(exspinlock-shared, SpinLock)
VOID NTAPI ExAcquireSpinLockSharedAtDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Drv_releases_(exspinlock-shared, SpinLock)
VOID NTAPI ExReleaseSpinLockSharedFromDpcLevel(
    _Inout_ PEX_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
_When_(return != 0, _Drv_converts_(exspinlock-shared, exspinlock, SpinLock))
LOGICAL NTAPI ExTryConvertSharedSpinLockExclusive(
    _Inout_ PEX_SPIN_LOCK SpinLock);

/* ==== Push locks ============================================================= */

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(pushlock, PushLock)
VOID NTAPI ExAcquirePushLockExclusive(
    _Inout_ PEX_PUSH_LOCK PushLock);

_IRQL_requires_max_(APC_LEVEL)
_Drv_acquires_(pushlock-shared, PushLock)
VOID NTAPI ExAcquirePushLockShared(
    _Inout_ PEX_PUSH_LOCK PushLock);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(pushlock, PushLock)
VOID NTAPI ExReleasePushLockExclusive(
    _Inout_ PEX_PUSH_LOCK PushLock);

_IRQL_requires_max_(APC_LEVEL)
_Drv_releases_(pushlock-shared, PushLock)
VOID NTAPI ExReleasePushLockShared(
    _Inout_ PEX_PUSH_LOCK PushLock);

/* ==== Run-down protection ==================================================== */

_IRQL_requires_max_(APC_LEVEL)
VOID FASTCALL ExInitializeRundownProtection(
    _Out_ PEX_RUNDOWN_REF RunRef);

_IRQL_requires_max_(APC_LEVEL)
VOID FASTCALL ExReInitializeRundownProtection(
    _Inout_ PEX_RUNDOWN_REF RunRef);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(return != 0, _Drv_acquires_(rundown, RunRef))
BOOLEAN FASTCALL ExAcquireRundownProtection(
    _Inout_ PEX_RUNDOWN_REF RunRef);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(return != 0, _Drv_acquires_(rundown, RunRef))
BOOLEAN FASTCALL ExAcquireRundownProtectionEx(
    _Inout_ PEX_RUNDOWN_REF RunRef,
    _In_ ULONG Count);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(rundown, RunRef)
VOID FASTCALL ExReleaseRundownProtection(
    _Inout_ PEX_RUNDOWN_REF RunRef);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(rundown, RunRef)
VOID FASTCALL ExReleaseRundownProtectionEx(
    _Inout_ PEX_RUNDOWN_REF RunRef,
    _In_ ULONG Count);

_IRQL_requires_max_(APC_LEVEL)
VOID FASTCALL ExWaitForRundownProtectionRelease(
    _Inout_ PEX_RUNDOWN_REF RunRef);

_IRQL_requires_max_(APC_LEVEL)
VOID FASTCALL ExRundownCompleted(
    _Out_ PEX_RUNDOWN_REF RunRef);

/* ==== System worker threads ================================================== */

VOID NTAPI ExInitializeWorkItem(
    _Out_ PWORK_QUEUE_ITEM Item,
    _In_ PWORKER_THREAD_ROUTINE Routine,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExQueueWorkItem(
    _Inout_ PWORK_QUEUE_ITEM WorkItem,
    _In_ WORK_QUEUE_TYPE QueueType);

/* ==== Lookaside lists ======================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExInitializeNPagedLookasideList(
    _Out_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI ExInitializePagedLookasideList(
    _Out_ PPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocateFromNPagedLookasideList(
    _Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);

_IRQL_requires_max_(APC_LEVEL)
PVOID NTAPI ExAllocateFromPagedLookasideList(
    _Inout_ PPAGED_LOOKASIDE_LIST Lookaside);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExFreeToNPagedLookasideList(
    _Inout_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_ PVOID Entry);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI ExFreeToPagedLookasideList(
    _Inout_ PPAGED_LOOKASIDE_LIST Lookaside,
    _In_ PVOID Entry);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExDeleteNPagedLookasideList(
    _Inout_ PNPAGED_LOOKASIDE_LIST Lookaside);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI ExDeletePagedLookasideList(
    _Inout_ PPAGED_LOOKASIDE_LIST Lookaside);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI ExInitializeLookasideListEx(
    _Out_ PLOOKASIDE_LIST_EX Lookaside,
    _In_opt_ PALLOCATE_FUNCTION_EX Allocate,
    _In_opt_ PFREE_FUNCTION_EX Free,
    _In_ POOL_TYPE PoolType,
    _In_ ULONG Flags,
    _In_ SIZE_T Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ExAllocateFromLookasideListEx(
    _Inout_ PLOOKASIDE_LIST_EX Lookaside);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExFreeToLookasideListEx(
    _Inout_ PLOOKASIDE_LIST_EX Lookaside,
    _In_ PVOID Entry);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExDeleteLookasideListEx(
    _Inout_ PLOOKASIDE_LIST_EX Lookaside);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExFlushLookasideListEx(
    _Inout_ PLOOKASIDE_LIST_EX Lookaside);

/* ==== Interlocked lists and arithmetic guarded by a caller's spin lock ======= */

PLIST_ENTRY FASTCALL ExInterlockedInsertHeadList(
    _Inout_ PLIST_ENTRY ListHead,
    _Inout_ PLIST_ENTRY ListEntry,
    _Inout_ PKSPIN_LOCK Lock);

PLIST_ENTRY FASTCALL ExInterlockedInsertTailList(
    _Inout_ PLIST_ENTRY ListHead,
    _Inout_ PLIST_ENTRY ListEntry,
    _Inout_ PKSPIN_LOCK Lock);

PLIST_ENTRY FASTCALL ExInterlockedRemoveHeadList(
    _Inout_ PLIST_ENTRY ListHead,
    _Inout_ PKSPIN_LOCK Lock);

PSINGLE_LIST_ENTRY FASTCALL ExInterlockedPushEntryList(
    _Inout_ PSINGLE_LIST_ENTRY ListHead,
    _Inout_ PSINGLE_LIST_ENTRY ListEntry,
    _Inout_ PKSPIN_LOCK Lock);

PSINGLE_LIST_ENTRY FASTCALL ExInterlockedPopEntryList(
    _Inout_ PSINGLE_LIST_ENTRY ListHead,
    _Inout_ PKSPIN_LOCK Lock);

PSLIST_ENTRY FASTCALL ExInterlockedPushEntrySList(
    _Inout_ PSLIST_HEADER ListHead,
    _Inout_ PSLIST_ENTRY ListEntry,
    _Inout_opt_ PKSPIN_LOCK Lock);

PSLIST_ENTRY FASTCALL ExInterlockedPopEntrySList(
    _Inout_ PSLIST_HEADER ListHead,
    _Inout_opt_ PKSPIN_LOCK Lock);

PSLIST_ENTRY FASTCALL ExInterlockedFlushSList(
    _Inout_ PSLIST_HEADER ListHead);

ULONG NTAPI ExInterlockedAddUlong(
    _Inout_ PULONG Addend,
    _In_ ULONG Increment,
    _Inout_ PKSPIN_LOCK Lock);

LARGE_INTEGER NTAPI ExInterlockedAddLargeInteger(
    _Inout_ PLARGE_INTEGER Addend,
    _In_ LARGE_INTEGER Increment,
    _Inout_ PKSPIN_LOCK Lock);

VOID FASTCALL ExInterlockedAddLargeStatistic(
    _Inout_ PLARGE_INTEGER Addend,
    _In_ ULONG Increment);

LONGLONG FASTCALL ExInterlockedCompareExchange64(
    _Inout_ PLONGLONG Destination,
    _In_ PLONGLONG Exchange,
    _In_ PLONGLONG Comparand,
    _Inout_ PKSPIN_LOCK Lock);

_IRQL_requires_max_(DISPATCH_LEVEL)
USHORT NTAPI ExQueryDepthSList(
    _In_ PSLIST_HEADER SListHead);

VOID NTAPI InitializeSListHead(
    _Out_ PSLIST_HEADER SListHead);

/* ==== Callback objects ======================================================= */

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI ExCreateCallback(
    _Outptr_ PCALLBACK_OBJECT *CallbackObject,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_ BOOLEAN Create,
    _In_ BOOLEAN AllowMultipleCallbacks);

_IRQL_requires_max_(APC_LEVEL)
PVOID NTAPI ExRegisterCallback(
    _Inout_ PCALLBACK_OBJECT CallbackObject,
    _In_ PCALLBACK_FUNCTION CallbackFunction,
    _In_opt_ PVOID CallbackContext);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI ExUnregisterCallback(
    _Inout_ PVOID CallbackRegistration);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI ExNotifyCallback(
    _In_ PVOID CallbackObject,
    _In_opt_ PVOID Argument1,
    _In_opt_ PVOID Argument2);

/* ==== Miscellaneous executive support ======================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
KPROCESSOR_MODE NTAPI ExGetPreviousMode(VOID);

_IRQL_requires_max_(APC_LEVEL)
DECLSPEC_NORETURN
VOID NTAPI ExRaiseStatus(
    _In_ NTSTATUS Status);

VOID NTAPI ExSystemTimeToLocalTime(
    _In_ PLARGE_INTEGER SystemTime,
    _Out_ PLARGE_INTEGER LocalTime);

VOID NTAPI ExLocalTimeToSystemTime(
    _In_ PLARGE_INTEGER LocalTime,
    _Out_ PLARGE_INTEGER SystemTime);

_IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN NTAPI ExIsProcessorFeaturePresent(
    _In_ ULONG ProcessorFeature);

/* ==== IRP allocation and sending ============================================= */

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoAllocateIrp(
    _In_ CCHAR StackSize,
    _In_ BOOLEAN ChargeQuota);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoAllocateIrpEx(
    _In_opt_ PDEVICE_OBJECT DeviceObject,
    _In_ CCHAR StackSize,
    _In_ BOOLEAN ChargeQuota);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoFreeIrp(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoInitializeIrp(
    _Inout_ PIRP Irp,
    _In_ USHORT PacketSize,
    _In_ CCHAR StackSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoReuseIrp(
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Iostatus);

USHORT NTAPI IoSizeOfIrp(
    _In_ CCHAR StackSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoCallDriver(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS FASTCALL IofCallDriver(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoCompleteRequest(
    _In_ PIRP Irp,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID FASTCALL IofCompleteRequest(
    _In_ PIRP Irp,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI IoCancelIrp(
    _In_ PIRP Irp);

_IRQL_requires_max_(APC_LEVEL)
PIRP NTAPI IoBuildAsynchronousFsdRequest(
    _In_ ULONG MajorFunction,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_opt_ PVOID Buffer,
    _In_opt_ ULONG Length,
    _In_opt_ PLARGE_INTEGER StartingOffset,
    _In_opt_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(APC_LEVEL)
PIRP NTAPI IoBuildSynchronousFsdRequest(
    _In_ ULONG MajorFunction,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_opt_ PVOID Buffer,
    _In_opt_ ULONG Length,
    _In_opt_ PLARGE_INTEGER StartingOffset,
    _In_ PKEVENT Event,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(APC_LEVEL)
PIRP NTAPI IoBuildDeviceIoControlRequest(
    _In_ ULONG IoControlCode,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl,
    _In_opt_ PKEVENT Event,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(APC_LEVEL)
BOOLEAN NTAPI IoForwardIrpSynchronously(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp);

/* ==== IRP stack locations, completion and cancellation ======================= */

PIO_STACK_LOCATION NTAPI IoGetCurrentIrpStackLocation(
    _In_ PIRP Irp);

PIO_STACK_LOCATION NTAPI IoGetNextIrpStackLocation(
    _In_ PIRP Irp);

VOID NTAPI IoSetNextIrpStackLocation(
    _Inout_ PIRP Irp);

VOID NTAPI IoSkipCurrentIrpStackLocation(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoCopyCurrentIrpStackLocationToNext(
    _Inout_ PIRP Irp);

VOID NTAPI IoMarkIrpPending(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoSetCompletionRoutine(
    _In_ PIRP Irp,
    _In_opt_ PIO_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN InvokeOnSuccess,
    _In_ BOOLEAN InvokeOnError,
    _In_ BOOLEAN InvokeOnCancel);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoSetCompletionRoutineEx(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ PIO_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN InvokeOnSuccess,
    _In_ BOOLEAN InvokeOnError,
    _In_ BOOLEAN InvokeOnCancel);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDRIVER_CANCEL NTAPI IoSetCancelRoutine(
    _Inout_ PIRP Irp,
    _In_opt_ PDRIVER_CANCEL CancelRoutine);

/* The global cancel spin lock. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Drv_acquires_(cancel, _Global_)
VOID NTAPI IoAcquireCancelSpinLock(
    _Out_ _IRQL_saves_ PKIRQL Irql);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(cancel, _Global_)
VOID NTAPI IoReleaseCancelSpinLock(
    _In_ _IRQL_restores_ KIRQL Irql);

/* ==== Cancel-safe IRP queues ================================================= */

NTSTATUS NTAPI IoCsqInitialize(
    _Out_ PIO_CSQ Csq,
    _In_ PIO_CSQ_INSERT_IRP CsqInsertIrp,
    _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
    _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
    _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
    _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
    _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);

NTSTATUS NTAPI IoCsqInitializeEx(
    _Out_ PIO_CSQ Csq,
    _In_ PIO_CSQ_INSERT_IRP_EX CsqInsertIrp,
    _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
    _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
    _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
    _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
    _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoCsqInsertIrp(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIRP Irp,
    _Out_opt_ PIO_CSQ_IRP_CONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoCsqInsertIrpEx(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIRP Irp,
    _Out_opt_ PIO_CSQ_IRP_CONTEXT Context,
    _In_opt_ PVOID InsertContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoCsqRemoveIrp(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIO_CSQ_IRP_CONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoCsqRemoveNextIrp(
    _Inout_ PIO_CSQ Csq,
    _In_opt_ PVOID PeekContext);

/* ==== Thread I/O state and IRP queries ======================================= */

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoGetTopLevelIrp(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoSetTopLevelIrp(
    _In_opt_ PIRP Irp);

ULONG NTAPI IoGetFunctionCodeFromCtlCode(
    _In_ ULONG ControlCode);

BOOLEAN NTAPI IoIsErrorUserInduced(
    _In_ NTSTATUS Status);

ULONG_PTR NTAPI IoGetRemainingStackSize(VOID);

VOID NTAPI IoGetStackLimits(
    _Out_ PULONG_PTR LowLimit,
    _Out_ PULONG_PTR HighLimit);

_IRQL_requires_max_(APC_LEVEL)
LOGICAL NTAPI IoWithinStackLimits(
    _In_ ULONG_PTR RegionStart,
    _In_ SIZE_T RegionSize);

IO_PRIORITY_HINT NTAPI IoGetIoPriorityHint(
    _In_ PIRP Irp);

NTSTATUS NTAPI IoSetIoPriorityHint(
    _In_ PIRP Irp,
    _In_ IO_PRIORITY_HINT PriorityHint);

NTSTATUS NTAPI IoValidateDeviceIoControlAccess(
    _In_ PIRP Irp,
    _In_ ULONG RequiredAccess);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI IoIs32bitProcess(
    _In_opt_ PIRP Irp);

_IRQL_requires_max_(APC_LEVEL)
PVOID NTAPI IoGetInitialStack(VOID);

/* ==== MDLs ==================================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
PMDL NTAPI IoAllocateMdl(
    _In_opt_ PVOID VirtualAddress,
    _In_ ULONG Length,
    _In_ BOOLEAN SecondaryBuffer,
    _In_ BOOLEAN ChargeQuota,
    _Inout_opt_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoFreeMdl(
    _In_ PMDL Mdl);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoBuildPartialMdl(
    _In_ PMDL SourceMdl,
    _Inout_ PMDL TargetMdl,
    _In_ PVOID VirtualAddress,
    _In_ ULONG Length);

/* ==== Remove locks ============================================================ */

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoInitializeRemoveLock(
    _Out_ PIO_REMOVE_LOCK Lock,
    _In_ ULONG AllocateTag,
    _In_ ULONG MaxLockedMinutes,
    _In_ ULONG HighWatermark);

_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(NT_SUCCESS(return), _Drv_acquires_(removelock, RemoveLock))
NTSTATUS NTAPI IoAcquireRemoveLock(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Drv_releases_(removelock, RemoveLock)
VOID NTAPI IoReleaseRemoveLock(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

_IRQL_requires_max_(PASSIVE_LEVEL)
_Drv_releases_(removelock, RemoveLock)
VOID NTAPI IoReleaseRemoveLockAndWait(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

/* ==== Device objects and device stacks ======================================= */

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI IoCreateDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI IoDeleteDevice(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoAttachDevice(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PUNICODE_STRING TargetDevice,
    _Out_ PDEVICE_OBJECT *AttachedDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoAttachDeviceToDeviceStack(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoDetachDevice(
    _Inout_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoGetAttachedDeviceReference(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceObjectPointer(
    _In_ PUNICODE_STRING ObjectName,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PFILE_OBJECT *FileObject,
    _Out_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoGetRelatedDeviceObject(
    _In_ PFILE_OBJECT FileObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceNumaNode(
    _In_ PDEVICE_OBJECT Pdo,
    _Out_ PUSHORT NodeNumber);

/* ==== Driver objects =========================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoAllocateDriverObjectExtension(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PVOID ClientIdentificationAddress,
    _In_ ULONG DriverObjectExtensionSize,
    _Outptr_result_bytebuffer_(DriverObjectExtensionSize) PVOID *DriverObjectExtension);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI IoGetDriverObjectExtension(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PVOID ClientIdentificationAddress);

_IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN NTAPI IoIsWdmVersionAvailable(
    _In_ UCHAR MajorVersion,
    _In_ UCHAR MinorVersion);

PEPROCESS NTAPI IoGetCurrentProcess(VOID);

/* ==== Symbolic links and device interfaces ==================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoCreateSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ PUNICODE_STRING DeviceName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoCreateUnprotectedSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ PUNICODE_STRING DeviceName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoDeleteSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoRegisterDeviceInterface(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ CONST GUID *InterfaceClassGuid,
    _In_opt_ PUNICODE_STRING ReferenceString,
    _Out_ PUNICODE_STRING SymbolicLinkName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoSetDeviceInterfaceState(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ BOOLEAN Enable);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceInterfaces(
    _In_ CONST GUID *InterfaceClassGuid,
    _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ ULONG Flags,
    _Outptr_result_nullonfailure_ PZZWSTR *SymbolicLinkList);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceInterfaceAlias(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ CONST GUID *AliasInterfaceClassGuid,
    _Out_ PUNICODE_STRING AliasSymbolicLinkName);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoOpenDeviceInterfaceRegistryKey(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PHANDLE DeviceInterfaceRegKey);

/* ==== Registry keys and device properties ===================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoOpenDeviceRegistryKey(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG DevInstKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PHANDLE DevInstRegKey);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoOpenDriverRegistryKey(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_REGKEY_TYPE RegKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverRegKey);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceProperty(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI IoGetDevicePropertyData(
    _In_ PDEVICE_OBJECT Pdo,
    _In_ CONST DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _Reserved_ ULONG Flags,
    _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data,
    _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI IoSetDevicePropertyData(
    _In_ PDEVICE_OBJECT Pdo,
    _In_ CONST DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _In_ ULONG Flags,
    _In_ DEVPROPTYPE Type,
    _In_ ULONG Size,
    _In_reads_bytes_opt_(Size) PVOID Data);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoGetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ CONST DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _Reserved_ ULONG Flags,
    _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data,
    _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI IoSetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ CONST DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid,
    _In_ ULONG Flags,
    _In_ DEVPROPTYPE Type,
    _In_ ULONG Size,
    _In_reads_bytes_opt_(Size) PVOID Data);

/* ==== Plug and Play =========================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoInvalidateDeviceRelations(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ DEVICE_RELATION_TYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoInvalidateDeviceState(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoRequestDeviceEject(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoReportTargetDeviceChange(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ PVOID NotificationStructure);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoReportTargetDeviceChangeAsynchronous(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ PVOID NotificationStructure,
    _In_opt_ PDEVICE_CHANGE_COMPLETE_CALLBACK Callback,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoRegisterPlugPlayNotification(
    _In_ IO_NOTIFICATION_EVENT_CATEGORY EventCategory,
    _In_ ULONG EventCategoryFlags,
    _In_opt_ PVOID EventCategoryData,
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine,
    _Inout_opt_ PVOID Context,
    _Out_ PVOID *NotificationEntry);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoUnregisterPlugPlayNotification(
    _In_ PVOID NotificationEntry);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoUnregisterPlugPlayNotificationEx(
    _In_ PVOID NotificationEntry);

/* ==== Shutdown notification and paging path =================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoRegisterShutdownNotification(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoRegisterLastChanceShutdownNotification(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoUnregisterShutdownNotification(
    _In_ PDEVICE_OBJECT DeviceObject);

VOID NTAPI IoAdjustPagingPathCount(
    _Inout_ PLONG Count,
    _In_ BOOLEAN Increment);

/* ==== DMA ===================================================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
PDMA_ADAPTER NTAPI IoGetDmaAdapter(
    _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ PDEVICE_DESCRIPTION DeviceDescription,
    _Out_ PULONG NumberOfMapRegisters);

/*
 * The DMA_OPERATIONS members. Drivers call them through the adapter
 * (Adapter->DmaOperations->Member(...)), whose function-pointer typedefs in
 * wdm_dma.h carry the same bounds; the prototypes below give each member a
 * routine of its own name with the documented parameters.
 */
_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI AllocateAdapterChannel(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG NumberOfMapRegisters,
    _In_ PDRIVER_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI AllocateAdapterChannelEx(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID DmaTransferContext,
    _In_ ULONG NumberOfMapRegisters,
    _In_ ULONG Flags,
    _In_opt_ PDRIVER_CONTROL ExecutionRoutine,
    _In_opt_ PVOID ExecutionContext,
    _Out_opt_ PVOID *MapRegisterBase);

_IRQL_requires_(DISPATCH_LEVEL)
VOID NTAPI FreeAdapterChannel(
    _In_ PDMA_ADAPTER DmaAdapter);

_IRQL_requires_(DISPATCH_LEVEL)
VOID NTAPI FreeMapRegisters(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PVOID MapRegisterBase,
    _In_ ULONG NumberOfMapRegisters);

_IRQL_requires_max_(DISPATCH_LEVEL)
PHYSICAL_ADDRESS NTAPI MapTransfer(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID CurrentVa,
    _Inout_ PULONG Length,
    _In_ BOOLEAN WriteToDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI FlushAdapterBuffers(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteToDevice);

_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI GetScatterGatherList(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN WriteToDevice);

_IRQL_requires_(DISPATCH_LEVEL)
VOID NTAPI PutScatterGatherList(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PSCATTER_GATHER_LIST ScatterGather,
    _In_ BOOLEAN WriteToDevice);

_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI BuildScatterGatherList(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN WriteToDevice,
    _In_ PVOID ScatterGatherBuffer,
    _In_ ULONG ScatterGatherLength);

NTSTATUS NTAPI CalculateScatterGatherList(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_opt_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _Out_ PULONG ScatterGatherListSize,
    _Out_opt_ PULONG pNumberOfMapRegisters);

_IRQL_requires_max_(PASSIVE_LEVEL)
PVOID NTAPI AllocateCommonBuffer(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ ULONG Length,
    _Out_ PPHYSICAL_ADDRESS LogicalAddress,
    _In_ BOOLEAN CacheEnabled);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI FreeCommonBuffer(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ ULONG Length,
    _In_ PHYSICAL_ADDRESS LogicalAddress,
    _In_ PVOID VirtualAddress,
    _In_ BOOLEAN CacheEnabled);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI PutDmaAdapter(
    _In_ PDMA_ADAPTER DmaAdapter);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NTAPI ReadDmaCounter(
    _In_ PDMA_ADAPTER DmaAdapter);

_IRQL_requires_max_(PASSIVE_LEVEL)
ULONG NTAPI GetDmaAlignment(
    _In_ PDMA_ADAPTER DmaAdapter);

/* ==== I/O work items ============================================================ */

_IRQL_requires_max_(DISPATCH_LEVEL)
PIO_WORKITEM NTAPI IoAllocateWorkItem(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoFreeWorkItem(
    _In_ PIO_WORKITEM IoWorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoQueueWorkItem(
    _Inout_ PIO_WORKITEM IoWorkItem,
    _In_ PIO_WORKITEM_ROUTINE WorkerRoutine,
    _In_ WORK_QUEUE_TYPE QueueType,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoQueueWorkItemEx(
    _Inout_ PIO_WORKITEM IoWorkItem,
    _In_ PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
    _In_ WORK_QUEUE_TYPE QueueType,
    _In_opt_ PVOID Context);

VOID NTAPI IoInitializeWorkItem(
    _In_ PVOID IoObject,
    _Out_ PIO_WORKITEM IoWorkItem);

VOID NTAPI IoUninitializeWorkItem(
    _Inout_ PIO_WORKITEM IoWorkItem);

#endif /* _DRVLINT_DDI_WDM_A_H_ */
