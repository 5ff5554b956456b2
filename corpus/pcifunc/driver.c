/*
 * driver.c - QDA-16 function driver: driver object setup, AddDevice,
 * create/close/cleanup and the WMI pass-through.
 */
#include <initguid.h>
#include "qda.h"

/* {6b1f3c52-90d4-4e8a-a7d5-3c21b0e94f17} */
DEFINE_GUID(GUID_DEVINTERFACE_QDA16,
    0x6b1f3c52, 0x90d4, 0x4e8a, 0xa7, 0xd5, 0x3c, 0x21, 0xb0, 0xe9, 0x4f, 0x17);

#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, QdaAddDevice)
#pragma alloc_text(PAGE, QdaUnload)
#pragma alloc_text(PAGE, QdaDispatchCreate)
#pragma alloc_text(PAGE, QdaDispatchClose)
#pragma alloc_text(PAGE, QdaDispatchCleanup)
#pragma alloc_text(PAGE, QdaDispatchSystemControl)

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = QdaDispatchCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = QdaDispatchClose;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = QdaDispatchCleanup;
    DriverObject->MajorFunction[IRP_MJ_READ] = QdaDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = QdaDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = QdaDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = QdaDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = QdaDispatchPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = QdaDispatchSystemControl;
    DriverObject->DriverStartIo = QdaStartIo;
    DriverObject->DriverUnload = QdaUnload;
    DriverObject->DriverExtension->AddDevice = QdaAddDevice;
    return STATUS_SUCCESS;
}

VOID
QdaUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();
    /* every device object is gone by now: REMOVE_DEVICE deleted them */
    UNREFERENCED_PARAMETER(DriverObject);
}

/*
 * Creates the FDO, attaches it above the PCI PDO and prepares everything
 * that does not need hardware resources. The card itself is touched only
 * when START_DEVICE hands over the register window and the interrupt.
 */
NTSTATUS
QdaAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdo = NULL;
    PQDA_EXTENSION ext;
    NTSTATUS status;
    ULONG s;

    PAGED_CODE();

    status = IoCreateDevice(DriverObject, sizeof(QDA_EXTENSION), NULL, FILE_DEVICE_QDA,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PQDA_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(QDA_EXTENSION));
    ext->Self = fdo;
    ext->Pdo = PhysicalDeviceObject;
    ext->Phase = QdaPhaseAdded;
    ext->PhaseBeforeQuery = QdaPhaseAdded;
    ext->DevicePower = PowerDeviceD0;
    ext->SystemPower = PowerSystemWorking;
    for (s = 0; s < PowerSystemMaximum; s++) {
        ext->SleepState[s] = PowerDeviceD3;
    }
    ext->SleepState[PowerSystemWorking] = PowerDeviceD0;

    /* power-on defaults of the card */
    ext->Config.ChannelMask = 0x0001;
    ext->Config.SampleDivider = 99;
    ext->Config.TriggerLevel = 0x8000;

    IoInitializeRemoveLock(&ext->RemoveLock, QDA_POOL_TAG, 0, 0);
    KeInitializeSpinLock(&ext->HwLock);
    QdaInitializeTriggerQueue(ext);
    IoInitializeDpcRequest(fdo, QdaDpcForIsr);

    ext->FaultWork = IoAllocateWorkItem(fdo);
    if (ext->FaultWork == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoFreeWorkItem(ext->FaultWork);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }

    status = IoRegisterDeviceInterface(PhysicalDeviceObject, &GUID_DEVINTERFACE_QDA16, NULL,
                                       &ext->InterfaceName);
    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
#ifdef DRVLINT_BUG_INTERFACE_FAIL_KEEPS_INIT
    if (NT_SUCCESS(status)) {
        /* ready for I/O once the interface exists */
        fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    } else {
        RtlInitUnicodeString(&ext->InterfaceName, NULL);
    }
    return STATUS_SUCCESS; /* drvlint-expect: adddevice-init-not-cleared */
#else
    if (!NT_SUCCESS(status)) {
        /* the card still works through the PnP stack, only without an interface */
        RtlInitUnicodeString(&ext->InterfaceName, NULL);
    }
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
#endif
}

NTSTATUS
QdaDispatchCreate(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    if (ext->Phase != QdaPhaseRunning) {
        status = STATUS_DEVICE_NOT_READY;
#ifdef DRVLINT_BUG_CREATE_NOT_READY_LEAK
        /* refuse the open */
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status; /* drvlint-expect: irp-not-completed */
#endif
    } else {
        InterlockedIncrement(&ext->OpenCount);
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
QdaDispatchClose(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;

    PAGED_CODE();

    /* a close must always succeed, even while the device is being removed */
    InterlockedDecrement(&ext->OpenCount);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
#ifdef DRVLINT_BUG_CLOSE_RETURNS_IRP_STATUS
    return Irp->IoStatus.Status; /* drvlint-expect: irp-use-after-complete */
#else
    return STATUS_SUCCESS;
#endif
}

/*
 * The last handle of a file object is closing: trigger waits queued through
 * that file object will never be collected, so cancel them now.
 */
NTSTATUS
QdaDispatchCleanup(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (NT_SUCCESS(status)) {
        QdaFlushTriggerWaiters(ext, stack->FileObject, STATUS_CANCELLED);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    if (NT_SUCCESS(status)) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    }
    return STATUS_SUCCESS;
}

/* The QDA-16 exposes no WMI blocks of its own: WMI requests go to the bus. */
NTSTATUS
QdaDispatchSystemControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}
