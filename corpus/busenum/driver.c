/*
 * driver.c - shub.sys: driver object set-up, AddDevice, and the dispatch
 * routines that route every request to the FDO or the PDO code.
 *
 * Every dispatch routine looks at the IsFdo flag of the common extension
 * header first. The FDO is an ordinary function driver in the hub's stack
 * and passes down what it does not own; a PDO is the bottom of a module's
 * stack, so whatever reaches it ends there and is completed here.
 */
#include "shub.h"

/* {6b1f42d0-93c7-4c55-a1e8-2d05c1b7e3f4} */
const GUID GUID_DEVINTERFACE_SENSOR_HUB =
    { 0x6b1f42d0, 0x93c7, 0x4c55, { 0xa1, 0xe8, 0x2d, 0x05, 0xc1, 0xb7, 0xe3, 0xf4 } };

/* {c3d9a871-0e52-47b8-9f16-5aa4e0d27b90} */
const GUID GUID_BUS_TYPE_SENSOR_HUB =
    { 0xc3d9a871, 0x0e52, 0x47b8, { 0x9f, 0x16, 0x5a, 0xa4, 0xe0, 0xd2, 0x7b, 0x90 } };

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, ShbAddDevice)
#pragma alloc_text(PAGE, ShbUnload)
#pragma alloc_text(PAGE, ShbDispatchCreateClose)
#pragma alloc_text(PAGE, ShbDispatchPnp)
#pragma alloc_text(PAGE, ShbDispatchSystemControl)
#endif

/* ---- small helpers shared by the FDO and PDO code ----------------------- */

VOID ShbSetPnpState(_Inout_ PSHB_COMMON_EXTENSION Common, _In_ SHB_PNP_STATE State)
{
    Common->PreviousPnpState = Common->PnpState;
    Common->PnpState = State;
}

VOID ShbRestorePnpState(_Inout_ PSHB_COMMON_EXTENSION Common)
{
    Common->PnpState = Common->PreviousPnpState;
}

/* Requests in flight through the FDO. OutstandingIo starts at one (the
   bias); REMOVE_DEVICE drops the bias and waits for RemoveEvent. */
BOOLEAN ShbIoEnter(_Inout_ PSHB_FDO_EXTENSION Fdo)
{
    InterlockedIncrement(&Fdo->OutstandingIo);
    if (Fdo->Common.PnpState == ShbStateDeleted) {
        ShbIoLeave(Fdo);
        return FALSE;
    }
    return TRUE;
}

VOID ShbIoLeave(_Inout_ PSHB_FDO_EXTENSION Fdo)
{
    if (InterlockedDecrement(&Fdo->OutstandingIo) == 0) {
        KeSetEvent(&Fdo->RemoveEvent, IO_NO_INCREMENT, FALSE);
    }
}

/* ---- DriverEntry / Unload ---------------------------------------------------- */

#if defined(DRVLINT_BUG_NO_WMI_DISPATCH) || defined(DRVLINT_BUG_NO_POWER_DISPATCH)
NTSTATUS DriverEntry(   /* drvlint-expect: required-dispatch-missing */
#else
NTSTATUS DriverEntry(
#endif
    _In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = ShbDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = ShbDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = ShbDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = ShbDispatchPnp;
#ifndef DRVLINT_BUG_NO_POWER_DISPATCH
    DriverObject->MajorFunction[IRP_MJ_POWER] = ShbDispatchPower;
#endif
#ifndef DRVLINT_BUG_NO_WMI_DISPATCH
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = ShbDispatchSystemControl;
#endif
    DriverObject->DriverExtension->AddDevice = ShbAddDevice;
    DriverObject->DriverUnload = ShbUnload;

    return STATUS_SUCCESS;
}

VOID ShbUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();

    /* Every device object is gone by now: REMOVE_DEVICE deleted them. */
    ASSERT(DriverObject->DeviceObject == NULL);
    UNREFERENCED_PARAMETER(DriverObject);
}

/* ---- AddDevice ----------------------------------------------------------------- */

NTSTATUS ShbAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT fdoObject = NULL;
    PSHB_FDO_EXTENSION fdo;
    NTSTATUS status;

    PAGED_CODE();

    status = IoCreateDevice(DriverObject,
                            sizeof(SHB_FDO_EXTENSION),
                            NULL,
                            FILE_DEVICE_BUS_EXTENDER,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &fdoObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    fdo = (PSHB_FDO_EXTENSION)fdoObject->DeviceExtension;
    RtlZeroMemory(fdo, sizeof(SHB_FDO_EXTENSION));
    fdo->Common.IsFdo = TRUE;
    fdo->Common.Self = fdoObject;
    fdo->Common.PnpState = ShbStateNotStarted;
    fdo->Common.PreviousPnpState = ShbStateNotStarted;
    fdo->Common.SystemPower = PowerSystemWorking;
    fdo->Common.DevicePower = PowerDeviceD3;
    fdo->UnderlyingPdo = PhysicalDeviceObject;

    ExInitializeFastMutex(&fdo->ChildLock);
    InitializeListHead(&fdo->Children);
    KeInitializeSpinLock(&fdo->StatsLock);
    KeInitializeTimer(&fdo->ScanTimer);
    KeInitializeDpc(&fdo->ScanDpc, ShbScanDpc, fdo);
    fdo->ScanPeriodMs = SHB_SCAN_PERIOD_MS;
    KeInitializeEvent(&fdo->QuietEvent, NotificationEvent, TRUE);
    fdo->OutstandingIo = 1;
    KeInitializeEvent(&fdo->RemoveEvent, NotificationEvent, FALSE);

    status = IoRegisterDeviceInterface(PhysicalDeviceObject,
                                       &GUID_DEVINTERFACE_SENSOR_HUB,
                                       NULL,
                                       &fdo->InterfaceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdoObject);
        return status;
    }

    fdo->NextLower = IoAttachDeviceToDeviceStack(fdoObject, PhysicalDeviceObject);
    if (fdo->NextLower == NULL) {
        RtlFreeUnicodeString(&fdo->InterfaceName);
        IoDeleteDevice(fdoObject);
        return STATUS_NO_SUCH_DEVICE;
    }

    fdoObject->Flags |= DO_POWER_PAGABLE;
    fdoObject->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

/* ---- IRP_MJ_CREATE / IRP_MJ_CLOSE -------------------------------------------- */

NTSTATUS ShbDispatchCreateClose(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_COMMON_EXTENSION common = (PSHB_COMMON_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    PAGED_CODE();

    /* Opening a hub that is going away is refused; closing always works. */
    if (stack->MajorFunction == IRP_MJ_CREATE &&
        (common->PnpState == ShbStateSurpriseRemoved || common->PnpState == ShbStateDeleted)) {
        status = STATUS_NO_SUCH_DEVICE;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

/* ---- IRP_MJ_DEVICE_CONTROL ---------------------------------------------------- */

NTSTATUS ShbDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_COMMON_EXTENSION common = (PSHB_COMMON_EXTENSION)DeviceObject->DeviceExtension;
    PSHB_FDO_EXTENSION fdo;
    NTSTATUS status;

    if (!common->IsFdo) {
        /* The modules have no IOCTL interface of their own on the PDO:
           their function drivers define it. */
        status = STATUS_INVALID_DEVICE_REQUEST;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    fdo = (PSHB_FDO_EXTENSION)common;
    if (!ShbIoEnter(fdo)) {
        status = STATUS_NO_SUCH_DEVICE;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    status = ShbFdoDeviceControl(fdo, Irp);
    ShbIoLeave(fdo);
    return status;
}

/* ---- IRP_MJ_PNP ------------------------------------------------------------------ */

NTSTATUS ShbDispatchPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_COMMON_EXTENSION common = (PSHB_COMMON_EXTENSION)DeviceObject->DeviceExtension;

    PAGED_CODE();

    if (common->IsFdo) {
        return ShbFdoPnp(DeviceObject, Irp);
    }
#ifdef DRVLINT_BUG_PDO_BUSINFO_NOT_COMPLETED
    return ShbPdoPnp(DeviceObject, Irp);    /* drvlint-expect: irp-not-completed */
#else
    return ShbPdoPnp(DeviceObject, Irp);
#endif
}

/* ---- IRP_MJ_POWER ---------------------------------------------------------------- */

NTSTATUS ShbDispatchPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_COMMON_EXTENSION common = (PSHB_COMMON_EXTENSION)DeviceObject->DeviceExtension;

    if (common->IsFdo) {
        return ShbFdoPower(DeviceObject, Irp);
    }
#ifdef DRVLINT_BUG_PDO_WAIT_WAKE_NOT_COMPLETED
    return ShbPdoPower(DeviceObject, Irp);  /* drvlint-expect: irp-not-completed */
#else
    return ShbPdoPower(DeviceObject, Irp);
#endif
}

/* ---- IRP_MJ_SYSTEM_CONTROL ----------------------------------------------------------- */

/*
 * The hub registers no WMI blocks. The FDO passes WMI requests to the
 * hub's parent bus; a PDO is the bottom of its stack and completes them
 * with whatever status the WMI manager put in the IRP.
 */
NTSTATUS ShbDispatchSystemControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_COMMON_EXTENSION common = (PSHB_COMMON_EXTENSION)DeviceObject->DeviceExtension;
    PSHB_FDO_EXTENSION fdo;
    NTSTATUS status;

    PAGED_CODE();

    if (!common->IsFdo) {
        status = Irp->IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    fdo = (PSHB_FDO_EXTENSION)common;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(fdo->NextLower, Irp);
}
