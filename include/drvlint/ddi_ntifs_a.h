/*
 * drvlint/ddi_ntifs_a.h - annotated prototypes for the ntifs.h routines of
 * data/ddi/wdm-ddi.tsv rows 1-366.
 *
 * Plain prototypes whose IRQL and lock annotations encode the table's
 * columns; the buffer annotations only document the parameters.
 */
#ifndef _DRVLINT_DDI_NTIFS_A_H_
#define _DRVLINT_DDI_NTIFS_A_H_

/* ==== Kernel queue objects =================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI KeInitializeQueue(
    _Out_ PRKQUEUE Queue,
    _In_ ULONG Count);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeInsertQueue(
    _Inout_ PRKQUEUE Queue,
    _Inout_ PLIST_ENTRY Entry);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KeInsertHeadQueue(
    _Inout_ PRKQUEUE Queue,
    _Inout_ PLIST_ENTRY Entry);

_IRQL_requires_max_(DISPATCH_LEVEL)
PLIST_ENTRY NTAPI KeRemoveQueue(
    _Inout_ PRKQUEUE Queue,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_opt_ PLARGE_INTEGER Timeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
PLIST_ENTRY NTAPI KeRundownQueue(
    _Inout_ PRKQUEUE Queue);

/* ==== Attaching to another process's address space ============================ */

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI KeStackAttachProcess(
    _Inout_ PRKPROCESS PROCESS,
    _Out_ PRKAPC_STATE ApcState);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI KeUnstackDetachProcess(
    _In_ PRKAPC_STATE ApcState);

/* ==== The global VPB spin lock ================================================= */

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Drv_acquires_(vpbspinlock, _Global_)
VOID NTAPI IoAcquireVpbSpinLock(
    _Out_ _IRQL_saves_ PKIRQL Irql);

_IRQL_requires_(DISPATCH_LEVEL)
_Drv_releases_(vpbspinlock, _Global_)
VOID NTAPI IoReleaseVpbSpinLock(
    _In_ _IRQL_restores_ KIRQL Irql);

/* ==== IRP and requestor queries ================================================ */

BOOLEAN NTAPI IoIsOperationSynchronous(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
PEPROCESS NTAPI IoGetRequestorProcess(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NTAPI IoGetRequestorProcessId(
    _In_ PIRP Irp);

/* ==== Device stacks ============================================================ */

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoGetAttachedDevice(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoGetLowerDeviceObject(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT NTAPI IoGetDeviceAttachmentBaseRef(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoEnumerateDeviceObjectList(
    _In_ PDRIVER_OBJECT DriverObject,
    _Out_writes_bytes_to_opt_(DeviceObjectListSize, (*ActualNumberDeviceObjects) * sizeof(PDEVICE_OBJECT)) PDEVICE_OBJECT *DeviceObjectList,
    _In_ ULONG DeviceObjectListSize,
    _Out_ PULONG ActualNumberDeviceObjects);

/* ==== Threads and processes ==================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
PEPROCESS NTAPI IoThreadToProcess(
    _In_ PETHREAD Thread);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NTAPI IoIsSystemThread(
    _In_ PETHREAD Thread);

#endif /* _DRVLINT_DDI_NTIFS_A_H_ */
