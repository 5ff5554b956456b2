/* Post-processing that must run at PASSIVE_LEVEL: the dispatch routine marks
   the IRP pending and forwards it; the completion routine stops completion
   with STATUS_MORE_PROCESSING_REQUIRED and queues a work item, which finishes
   the request and completes the IRP later. The dispatch routine returns
   STATUS_PENDING and owes no completion itself. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    PIO_WORKITEM PostWork;
    PIRP PostIrp;
    ULONG Processed;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FltUnload;
DRIVER_DISPATCH FltRead;
DRIVER_DISPATCH FltPassThrough;
IO_COMPLETION_ROUTINE FltReadDone;
IO_WORKITEM_ROUTINE FltPostProcess;

VOID FltPostProcess(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PFLT_EXT ext = (PFLT_EXT)Context;
    PIRP irp = ext->PostIrp;

    UNREFERENCED_PARAMETER(DeviceObject);
    ext->PostIrp = NULL;
    ext->Processed++;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
}

NTSTATUS FltReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFLT_EXT ext = (PFLT_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    ext->PostIrp = Irp;
    IoQueueWorkItem(ext->PostWork, FltPostProcess, DelayedWorkQueue, ext);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS FltRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;

    IoMarkIrpPending(Irp);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltReadDone, ext, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(ext->Lower, Irp);
    return STATUS_PENDING;
}

NTSTATUS FltPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

VOID FltUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT filter = DriverObject->DeviceObject;
    PFLT_EXT ext = (PFLT_EXT)filter->DeviceExtension;

    IoDetachDevice(ext->Lower);
    IoFreeWorkItem(ext->PostWork);
    IoDeleteDevice(filter);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING target;
    PDEVICE_OBJECT filter;
    PFLT_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(FLT_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFLT_EXT)filter->DeviceExtension;
    ext->Self = filter;
    ext->PostIrp = NULL;
    ext->Processed = 0;
    ext->PostWork = IoAllocateWorkItem(filter);
    if (ext->PostWork == NULL) {
        IoDeleteDevice(filter);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitUnicodeString(&target, L"\\Device\\DemoTarget");
    status = IoAttachDevice(filter, &target, &ext->Lower);
    if (!NT_SUCCESS(status)) {
        IoFreeWorkItem(ext->PostWork);
        IoDeleteDevice(filter);
        return status;
    }
    filter->Flags |= DO_DIRECT_IO;
    filter->Flags &= ~DO_DEVICE_INITIALIZING;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_READ] = FltRead;
    DriverObject->DriverUnload = FltUnload;
    return STATUS_SUCCESS;
}
