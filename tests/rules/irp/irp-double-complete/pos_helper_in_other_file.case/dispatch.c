/* dispatch.c - the IOCTL dispatch routine completes every request at the end,
   also the one the validation helper in validate.c already completed */
#include "ctl.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH CtlCreateClose;
DRIVER_DISPATCH CtlDeviceControl;
DRIVER_UNLOAD CtlUnload;

NTSTATUS CtlDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PCTL_EXT ext = (PCTL_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
    ULONG_PTR info = 0;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DEMO_GET_COUNT:
        status = CtlValidateBuffer(Irp, sizeof(ULONG));
        if (NT_SUCCESS(status)) {
            *(PULONG)Irp->AssociatedIrp.SystemBuffer = ext->Count;
            info = sizeof(ULONG);
        }
        break;
    case IOCTL_DEMO_RESET:
        ext->Count = 0;
        status = STATUS_SUCCESS;
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    Irp->IoStatus.Status = status; /* drvlint-expect: irp-use-after-complete */
    Irp->IoStatus.Information = info; /* drvlint-expect: irp-use-after-complete */
    IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: irp-double-complete */
    return status;
}

NTSTATUS CtlCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID CtlUnload(PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name;
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&name, L"\\Device\\DemoCtl");
    status = IoCreateDevice(DriverObject, sizeof(CTL_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ((PCTL_EXT)device->DeviceExtension)->Count = 0;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = CtlCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = CtlCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CtlDeviceControl;
    DriverObject->DriverUnload = CtlUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
