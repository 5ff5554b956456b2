/* StartIo keeps the IRP in progress in the device extension. After
   completing it, the DPC only compares the IRP pointer with the one it saved
   and clears its own bookkeeping: the completed IRP itself is not touched. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    PIRP CurrentIrp;
    ULONG Completed;
    KDPC DoneDpc;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoWrite;
DRIVER_STARTIO DemoStartIo;
KDEFERRED_ROUTINE DemoDoneDpc;

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;

    ext->CurrentIrp = Irp;
    KeInsertQueueDpc(&ext->DoneDpc, DeviceObject, Irp);
}

VOID DemoDoneDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEVICE_OBJECT device = (PDEVICE_OBJECT)SystemArgument1;
    PDEMO_EXT ext = (PDEMO_EXT)DeferredContext;
    PIRP irp = (PIRP)SystemArgument2;

    UNREFERENCED_PARAMETER(Dpc);
    irp->IoStatus.Status = STATUS_SUCCESS;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    if (ext->CurrentIrp == irp) {
        ext->CurrentIrp = NULL;
    }
    ext->Completed++;
    IoStartNextPacket(device, FALSE);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name;
    PDEVICE_OBJECT device;
    PDEMO_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&name, L"\\Device\\DemoWriter");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEMO_EXT)device->DeviceExtension;
    ext->CurrentIrp = NULL;
    ext->Completed = 0;
    KeInitializeDpc(&ext->DoneDpc, DemoDoneDpc, ext);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->DriverStartIo = DemoStartIo;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
