/*
 * init.c - TSM-40 thermal monitor driver: initialization, device objects,
 * create/close.
 *
 * DriverEntry runs once and goes to the INIT section, which the system
 * discards after initialization; everything else here runs at
 * PASSIVE_LEVEL only and is pageable.
 */
#include "tsm.h"

TSM_SETTINGS TsmDefaults;
UNICODE_STRING TsmServiceKey;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, TsmAddDevice)
#pragma alloc_text(PAGE, TsmUnload)
#pragma alloc_text(PAGE, TsmDispatchCreateClose)
#endif

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    /* Keep the service key path: device start reads per-driver overrides
       below it long after DriverEntry returned. */
    TsmServiceKey.Length = 0;
    TsmServiceKey.MaximumLength = RegistryPath->Length + sizeof(WCHAR);
    TsmServiceKey.Buffer = (PWCH)ExAllocatePool2(POOL_FLAG_PAGED,
                                                 TsmServiceKey.MaximumLength,
                                                 TSM_POOL_TAG);
    if (TsmServiceKey.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyUnicodeString(&TsmServiceKey, RegistryPath);

    status = TsmReadDefaults(RegistryPath, &TsmDefaults);
    if (!NT_SUCCESS(status)) {
        /* Missing or bad Parameters key: built-in defaults. */
        TsmDefaults.SampleIntervalMs = TSM_DEFAULT_INTERVAL_MS;
        TsmDefaults.HistoryDepth = TSM_DEFAULT_DEPTH;
        TsmDefaults.PersistEvery = TSM_DEFAULT_PERSIST;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = TsmDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = TsmDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TsmDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = TsmDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = TsmDispatchPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = TsmDispatchSystemControl;
    DriverObject->DriverExtension->AddDevice = TsmAddDevice;
    DriverObject->DriverUnload = TsmUnload;

    return STATUS_SUCCESS;
}

VOID
TsmUnload(
    _In_ PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();

    UNREFERENCED_PARAMETER(DriverObject);

    if (TsmServiceKey.Buffer != NULL) {
        ExFreePoolWithTag(TsmServiceKey.Buffer, TSM_POOL_TAG);
        TsmServiceKey.Buffer = NULL;
    }
}

NTSTATUS
TsmAddDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDEVICE_OBJECT PhysicalDeviceObject)
{
    NTSTATUS status;
    PDEVICE_OBJECT fdo = NULL;
    PTSM_EXTENSION ext;

    PAGED_CODE();

    status = IoCreateDevice(DriverObject,
                            sizeof(TSM_EXTENSION),
                            NULL,
                            FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PTSM_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(TSM_EXTENSION));
    ext->Self = fdo;
    ext->Pdo = PhysicalDeviceObject;
    ext->DevicePower = PowerDeviceD0;
    ext->Settings = TsmDefaults;

    IoInitializeRemoveLock(&ext->RemoveLock, TSM_POOL_TAG, 0, 0);
    KeInitializeSpinLock(&ext->SampleLock);
    ExInitializeFastMutex(&ext->LimitsMutex);
    KeInitializeEvent(&ext->PersistIdle, NotificationEvent, TRUE);
    KeInitializeTimerEx(&ext->SampleTimer, NotificationTimer);
    KeInitializeDpc(&ext->SampleDpc, TsmSampleDpc, ext);

    status = ExInitializeResourceLite(&ext->HistoryResource);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdo);
        return status;
    }

    ext->PersistWorkItem = IoAllocateWorkItem(fdo);
    if (ext->PersistWorkItem == NULL) {
        ExDeleteResourceLite(&ext->HistoryResource);
        IoDeleteDevice(fdo);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* Conservative limits until the registry or an application says
       otherwise (1/16 degree C). */
    ext->Limits.Warm = 60 * 16;
    ext->Limits.Hot = 75 * 16;
    ext->Limits.Critical = 90 * 16;
    ext->Limits.FanFullOnHot = TRUE;
    ext->ActiveLimits = ext->Limits;

    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoFreeWorkItem(ext->PersistWorkItem);
        ExDeleteResourceLite(&ext->HistoryResource);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }

    /* Every power path of this driver is pageable: ask for power IRPs at
       PASSIVE_LEVEL. */
    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

NTSTATUS
TsmCompleteRequest(
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
TsmDispatchCreateClose(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    PAGED_CODE();

    if (stack->MajorFunction == IRP_MJ_CREATE && !ext->Started) {
        status = STATUS_DEVICE_NOT_READY;
    }
    return TsmCompleteRequest(Irp, status, 0);
}
