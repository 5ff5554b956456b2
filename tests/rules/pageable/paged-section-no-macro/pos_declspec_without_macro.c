/* A function declared __declspec(code_seg("PAGE")) does not call PAGED_CODE() */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;

__declspec(code_seg("PAGE"))
VOID DemoUnload(PDRIVER_OBJECT DriverObject) /* drvlint-expect: paged-section-no-macro */
{
    if (DriverObject->DeviceObject != NULL) {
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
