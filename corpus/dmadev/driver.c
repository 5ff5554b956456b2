/*
 * driver.c - FC-200 frame-capture driver: initialization, device objects,
 * create/close and the device control interface.
 */
#include "fcx.h"

/* {6E1C27A4-0B59-4D83-9E2F-51A7C03D88B2} - applications open the card
   through this device interface. */
static const GUID FcxInterfaceGuid =
    { 0x6e1c27a4, 0x0b59, 0x4d83, { 0x9e, 0x2f, 0x51, 0xa7, 0xc0, 0x3d, 0x88, 0xb2 } };

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, FcxAddDevice)
#pragma alloc_text(PAGE, FcxUnload)
#pragma alloc_text(PAGE, FcxDispatchCreateClose)
#endif

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = FcxDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FcxDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = FcxDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = FcxDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FcxDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = FcxDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = FcxDispatchPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = FcxDispatchSystemControl;
    DriverObject->DriverExtension->AddDevice = FcxAddDevice;
    DriverObject->DriverUnload = FcxUnload;

    return STATUS_SUCCESS;
}

VOID
FcxUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();

    /* Every device object is gone by now (IRP_MN_REMOVE_DEVICE deletes
       them); nothing global is left to free. */
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS
FcxAddDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDEVICE_OBJECT PhysicalDeviceObject)
{
    NTSTATUS status;
    PDEVICE_OBJECT fdo = NULL;
    PFCX_EXTENSION ext;

    PAGED_CODE();

    status = IoCreateDevice(DriverObject,
                            sizeof(FCX_EXTENSION),
                            NULL,
                            FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PFCX_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(FCX_EXTENSION));
    ext->Self = fdo;
    ext->Pdo = PhysicalDeviceObject;
    ext->PnpState = FcxNotStarted;
    ext->PreviousPnpState = FcxNotStarted;
    ext->DevicePower = PowerDeviceD0;

    IoInitializeRemoveLock(&ext->RemoveLock, FCX_POOL_TAG, 0, 0);

    InitializeListHead(&ext->PendingList);
    KeInitializeSpinLock(&ext->PendingLock);
    KeInitializeSpinLock(&ext->ConfigLock);
    KeInitializeSpinLock(&ext->StatsLock);

    KeInitializeDpc(&ext->CompletionDpc, FcxCompletionDpc, ext);
    KeInitializeTimerEx(&ext->WatchdogTimer, NotificationTimer);
#ifdef DRVLINT_BUG_WATCHDOG_DPC_PAGEABLE
    KeInitializeDpc(&ext->WatchdogDpc, FcxWatchdogDpc, ext); /* drvlint-expect: paged-callback */
#else
    KeInitializeDpc(&ext->WatchdogDpc, FcxWatchdogDpc, ext);
#endif

    ext->Config.ExposureMicroseconds = 10000;
    ext->Config.FrameFormat = 0;
    ext->Config.Gain = 1;
    ext->Config.TimeoutMilliseconds = FCX_DEFAULT_TIMEOUT_MS;
    ext->ConfigDirty = TRUE;

    status = IoRegisterDeviceInterface(PhysicalDeviceObject,
                                       &FcxInterfaceGuid,
                                       NULL,
                                       &ext->InterfaceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdo);
        return status;
    }

    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }

    /* Frames go straight to the caller's pages: direct I/O. The card is not
       in the paging path and its ISR touches the extension, so the device
       object stays power non-pageable. */
    fdo->Flags |= DO_DIRECT_IO;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;

    return STATUS_SUCCESS;
}

NTSTATUS
FcxCompleteRequest(
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS
FcxDispatchCreateClose(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    PAGED_CODE();

    if (stack->MajorFunction == IRP_MJ_CREATE &&
        ext->PnpState != FcxStarted) {
        status = STATUS_DEVICE_NOT_READY;
    }

    return FcxCompleteRequest(Irp, status, 0);
}

/* Checks a capture configuration sent by an application. */
static BOOLEAN
FcxConfigIsValid(
    _In_ const FCX_CAPTURE_CONFIG *Config)
{
    if (Config->ExposureMicroseconds == 0 ||
        Config->ExposureMicroseconds > FCX_MAX_EXPOSURE_US) {
        return FALSE;
    }
    if (Config->FrameFormat >= FCX_FORMAT_COUNT) {
        return FALSE;
    }
    if (Config->TimeoutMilliseconds == 0 ||
        Config->TimeoutMilliseconds > FCX_MAX_TIMEOUT_MS) {
        return FALSE;
    }
    return TRUE;
}

#ifdef DRVLINT_CLEAN_LOCK_HELPERS
/* Helpers that return holding the configuration lock; the annotations
   declare that, so callers and the analyzer know the IRQL and lock state
   after the call. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
_Acquires_lock_(Ext->ConfigLock)
static KIRQL
FcxLockConfig(
    _Inout_ PFCX_EXTENSION Ext)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->ConfigLock, &oldIrql);
    return oldIrql;
}

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->ConfigLock)
static VOID
FcxUnlockConfig(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ _IRQL_restores_ KIRQL OldIrql)
{
    KeReleaseSpinLock(&Ext->ConfigLock, OldIrql);
}
#endif

/* Stores new capture settings; they reach the card between frames. */
static NTSTATUS
FcxSetCaptureConfig(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ const FCX_CAPTURE_CONFIG *Config)
{
    KIRQL oldIrql;
    BOOLEAN idle;

    if (!FcxConfigIsValid(Config)) {
        return STATUS_INVALID_PARAMETER;
    }

#ifdef DRVLINT_CLEAN_LOCK_HELPERS
    oldIrql = FcxLockConfig(Ext);
    Ext->Config = *Config;
    Ext->ConfigDirty = TRUE;
    FcxUnlockConfig(Ext, oldIrql);
#else
    KeAcquireSpinLock(&Ext->ConfigLock, &oldIrql);
    Ext->Config = *Config;
    Ext->ConfigDirty = TRUE;
    KeReleaseSpinLock(&Ext->ConfigLock, oldIrql);
#endif

    /* With the engine idle nobody else will pick the change up soon:
       apply it now. Otherwise the completion DPC applies it. */
    idle = (InterlockedCompareExchange(&Ext->DmaBusy, 0, 0) == 0);
    if (idle) {
        FcxApplyPendingConfig(Ext);
    }
    return STATUS_SUCCESS;
}

VOID
FcxGetCaptureConfig(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_CAPTURE_CONFIG Config)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->ConfigLock, &oldIrql);
    FcxCopyConfigLocked(Ext, Config, FALSE);
#ifdef DRVLINT_BUG_CONFIG_RELEASE_TO_PASSIVE
    KeReleaseSpinLock(&Ext->ConfigLock, PASSIVE_LEVEL); /* drvlint-expect: spinlock-irql-restore */
#else
    KeReleaseSpinLock(&Ext->ConfigLock, oldIrql);
#endif
}

NTSTATUS
FcxDispatchDeviceControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    PVOID buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG_PTR information = 0;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return FcxCompleteRequest(Irp, status, 0);
    }

    if (ext->PnpState != FcxStarted) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return FcxCompleteRequest(Irp, STATUS_DEVICE_NOT_READY, 0);
    }

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_FCX_GET_STATISTICS:
        if (outLength < sizeof(FCX_STATISTICS)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        FcxStatsSnapshot(ext, (PFCX_STATISTICS)buffer);
        information = sizeof(FCX_STATISTICS);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_FCX_RESET_STATISTICS:
        FcxStatsReset(ext);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_FCX_SET_CAPTURE_CONFIG:
        if (inLength < sizeof(FCX_CAPTURE_CONFIG)) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        status = FcxSetCaptureConfig(ext, (const FCX_CAPTURE_CONFIG *)buffer);
        break;

    case IOCTL_FCX_GET_CAPTURE_CONFIG:
        if (outLength < sizeof(FCX_CAPTURE_CONFIG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        FcxGetCaptureConfig(ext, (PFCX_CAPTURE_CONFIG)buffer);
        information = sizeof(FCX_CAPTURE_CONFIG);
        status = STATUS_SUCCESS;
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return FcxCompleteRequest(Irp, status, information);
}
