/*
 * driver.c - ctlq.sys: loading and unloading, and the create, close and
 * cleanup requests.
 *
 * ctlq is a legacy driver: no AddDevice, no PnP. DriverEntry creates the
 * one control device object and its symbolic link and starts the worker
 * thread; Unload undoes all of it, in the reverse order.
 */
#include "ctlq.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, CtlqUnload)
#pragma alloc_text(PAGE, CtlqDispatchCreateClose)
#pragma alloc_text(PAGE, CtlqDispatchCleanup)
#endif

NTSTATUS CtlqCompleteRequest(_Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING deviceName;
    UNICODE_STRING linkName;
    PDEVICE_OBJECT device = NULL;
    PCTLQ_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlInitUnicodeString(&deviceName, CTLQ_DEVICE_NAME);
    RtlInitUnicodeString(&linkName, CTLQ_LINK_NAME);

    status = IoCreateDevice(DriverObject,
                            sizeof(CTLQ_EXTENSION),
                            &deviceName,
                            FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PCTLQ_EXTENSION)device->DeviceExtension;
    RtlZeroMemory(ext, sizeof(CTLQ_EXTENSION));
    ext->Self = device;
    KeInitializeSpinLock(&ext->JournalLock);
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->WaitQueue);
    KeInitializeEvent(&ext->StopEvent, NotificationEvent, FALSE);
    KeInitializeEvent(&ext->WorkEvent, SynchronizationEvent, FALSE);
    KeInitializeSpinLock(&ext->PeerLock);
    ext->RelaysInFlight = 1;
    KeInitializeEvent(&ext->RelaysIdle, NotificationEvent, FALSE);

    status = IoCreateSymbolicLink(&linkName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);
        return status;
    }

    status = CtlqStartWorker(ext);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&linkName);
        IoDeleteDevice(device);
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = CtlqDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CtlqDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = CtlqDispatchCleanup;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CtlqDispatchDeviceControl;
    DriverObject->DriverUnload = CtlqUnload;

    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID CtlqUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device = DriverObject->DeviceObject;
    PCTLQ_EXTENSION ext = (PCTLQ_EXTENSION)device->DeviceExtension;
    UNICODE_STRING linkName;

    PAGED_CODE();

    /* No handle is open any more, so no new request arrives. Stop the
       worker, fail what is still queued, wait for the relays in flight,
       let go of the peer, then remove the name and the device. */
    CtlqStopWorker(ext);
    CtlqCancelFileWaits(ext, NULL);
    CtlqDrainRelays(ext);
    CtlqSetPeer(ext, NULL);

    RtlInitUnicodeString(&linkName, CTLQ_LINK_NAME);
    IoDeleteSymbolicLink(&linkName);
    IoDeleteDevice(device);
}

NTSTATUS CtlqDispatchCreateClose(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);

    return CtlqCompleteRequest(Irp, STATUS_SUCCESS, 0);
}

/* The last handle of a file object is closed: its waits end now. */
NTSTATUS CtlqDispatchCleanup(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PCTLQ_EXTENSION ext = (PCTLQ_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    PAGED_CODE();

    CtlqCancelFileWaits(ext, stack->FileObject);
    return CtlqCompleteRequest(Irp, STATUS_SUCCESS, 0);
}
