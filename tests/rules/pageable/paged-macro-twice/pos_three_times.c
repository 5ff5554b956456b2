/* Three PAGED_CODE() calls in one function: the report is at the second one */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;

#pragma alloc_text(PAGE, DemoUnload)

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();
    PAGED_CODE(); /* drvlint-expect: paged-macro-twice */
    if (DriverObject->DeviceObject != NULL) {
        PAGED_CODE();
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = DemoUnload;
    return STATUS_SUCCESS;
}
