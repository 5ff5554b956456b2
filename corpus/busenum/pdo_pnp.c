/*
 * pdo_pnp.c - Plug and Play requests sent to a sensor module's PDO.
 *
 * A PDO is the bottom of the module's device stack: nothing lies below it
 * to pass a request to. Every PnP request that reaches it is completed
 * here. The ones the bus driver has an answer for get it; the others are
 * completed with the status already in the IRP, so that an answer given
 * by a driver above (or the PnP manager's STATUS_NOT_SUPPORTED) survives.
 */
#include "shub.h"

static NTSTATUS ShbAddId(_Inout_updates_(SHB_ID_CHARS) PWCHAR Buffer, _Inout_ PSIZE_T Used,
                         _In_ PCWSTR Format, _In_ ULONG First, _In_ ULONG Second);
static NTSTATUS ShbPdoQueryId(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static NTSTATUS ShbPdoQueryText(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static NTSTATUS ShbPdoQueryCapabilities(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static NTSTATUS ShbPdoQueryResources(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static NTSTATUS ShbPdoQueryRequirements(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static NTSTATUS ShbPdoQueryTargetRelation(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp);
static PCWSTR ShbSensorKindName(_In_ USHORT Kind);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, ShbPdoPnp)
#pragma alloc_text(PAGE, ShbAddId)
#pragma alloc_text(PAGE, ShbPdoQueryId)
#pragma alloc_text(PAGE, ShbPdoQueryText)
#pragma alloc_text(PAGE, ShbPdoQueryCapabilities)
#pragma alloc_text(PAGE, ShbPdoQueryResources)
#pragma alloc_text(PAGE, ShbPdoQueryRequirements)
#pragma alloc_text(PAGE, ShbPdoQueryTargetRelation)
#pragma alloc_text(PAGE, ShbSensorKindName)
#endif

static PCWSTR ShbSensorKindName(_In_ USHORT Kind)
{
    PAGED_CODE();

    switch (Kind) {
    case SHB_SENSOR_TEMPERATURE: return L"Temperature";
    case SHB_SENSOR_HUMIDITY:    return L"Humidity";
    case SHB_SENSOR_LIGHT:       return L"Ambient light";
    case SHB_SENSOR_MOTION:      return L"Motion";
    case SHB_SENSOR_PRESSURE:    return L"Barometric pressure";
    default:                     return L"Generic";
    }
}

/* ---- IRP_MN_QUERY_ID -------------------------------------------------------- */

/*
 * Formats one ID string at Buffer + *Used (a buffer of SHB_ID_CHARS
 * WCHARs, zeroed) and moves *Used past it and its NUL, so that several
 * calls lay out a MULTI_SZ. One WCHAR is always left for the list's
 * closing NUL. Arguments the format does not use are ignored.
 */
static NTSTATUS ShbAddId(_Inout_updates_(SHB_ID_CHARS) PWCHAR Buffer, _Inout_ PSIZE_T Used,
                         _In_ PCWSTR Format, _In_ ULONG First, _In_ ULONG Second)
{
    SIZE_T room = SHB_ID_CHARS - 1 - *Used;
    SIZE_T length = 0;
    NTSTATUS status;

    PAGED_CODE();

    status = RtlStringCchPrintfW(Buffer + *Used, room, Format, First, Second);
    if (NT_SUCCESS(status)) {
        status = RtlStringCchLengthW(Buffer + *Used, room, &length);
    }
    if (NT_SUCCESS(status)) {
        *Used += length + 1;
    }
    return status;
}

static NTSTATUS ShbPdoQueryId(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    WCHAR text[SHB_ID_CHARS];
    SIZE_T used = 0;
    PWCHAR id;
    NTSTATUS status;

    PAGED_CODE();

    RtlZeroMemory(text, sizeof(text));
    switch (stack->Parameters.QueryId.IdType) {
    case BusQueryDeviceID:
        /* one string: the most specific hardware ID */
        status = ShbAddId(text, &used, L"SHUB\\SENSOR_%04X", Pdo->SensorKind, 0);
        break;

    case BusQueryHardwareIDs:
        /* MULTI_SZ: kind and revision, then kind alone */
        status = ShbAddId(text, &used, L"SHUB\\SENSOR_%04X&REV_%02X", Pdo->SensorKind, Pdo->Revision);
        if (NT_SUCCESS(status)) {
            status = ShbAddId(text, &used, L"SHUB\\SENSOR_%04X", Pdo->SensorKind, 0);
        }
        used++;
        break;

    case BusQueryCompatibleIDs:
        status = ShbAddId(text, &used, L"SHUB\\SENSOR", 0, 0);
        used++;
        break;

    case BusQueryInstanceID:
        /* Unique on this hub: the port and the module's serial number, so
           a module moved to another port is a new instance. */
        status = ShbAddId(text, &used, L"%02u_%08X", Pdo->Port, Pdo->SerialNumber);
        break;

    default:
        /* Container IDs and the rest: not ours to invent. */
        return Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }

    /* pool the PnP manager frees */
    id = (PWCHAR)ExAllocatePool2(POOL_FLAG_PAGED, used * sizeof(WCHAR), SHB_ID_POOL_TAG);
    if (id == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(id, text, used * sizeof(WCHAR));
    Irp->IoStatus.Information = (ULONG_PTR)id;
    return STATUS_SUCCESS;
}

/* ---- IRP_MN_QUERY_DEVICE_TEXT ----------------------------------------------- */

static NTSTATUS ShbPdoQueryText(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    WCHAR text[SHB_ID_CHARS];
    SIZE_T chars = 0;
    PWCHAR copy;
    NTSTATUS status;

    PAGED_CODE();

    /* A driver above may have answered already: keep its text. */
    if (Irp->IoStatus.Information != 0) {
        return Irp->IoStatus.Status;
    }

    switch (stack->Parameters.QueryDeviceText.DeviceTextType) {
    case DeviceTextDescription:
        status = RtlStringCchPrintfW(text, SHB_ID_CHARS, L"%ws sensor module",
                                     ShbSensorKindName(Pdo->SensorKind));
        break;

    case DeviceTextLocationInformation:
        status = RtlStringCchPrintfW(text, SHB_ID_CHARS, L"Sensor hub port %u", Pdo->Port + 1);
        break;

    default:
        return Irp->IoStatus.Status;
    }

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = RtlStringCchLengthW(text, SHB_ID_CHARS, &chars);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    copy = (PWCHAR)ExAllocatePoolWithTag(PagedPool, (chars + 1) * sizeof(WCHAR), SHB_ID_POOL_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, text, (chars + 1) * sizeof(WCHAR));
    Irp->IoStatus.Information = (ULONG_PTR)copy;
    return STATUS_SUCCESS;
}

/* ---- IRP_MN_QUERY_CAPABILITIES ------------------------------------------------ */

static NTSTATUS ShbPdoQueryCapabilities(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_CAPABILITIES caps = stack->Parameters.DeviceCapabilities.Capabilities;
    ULONG state;

    PAGED_CODE();

    if (caps->Version != 1 || caps->Size < sizeof(DEVICE_CAPABILITIES)) {
        return STATUS_UNSUCCESSFUL;
    }

    /* The PnP manager sends the structure zeroed but for Size, Version,
       Address and UINumber: only what differs from zero is set. Modules draw their power from the hub: on while the system
       works, off in every sleep state, and they cannot wake anything. */
    caps->DeviceState[PowerSystemWorking] = PowerDeviceD0;
    for (state = PowerSystemSleeping1; state < POWER_SYSTEM_MAXIMUM; state++) {
        caps->DeviceState[state] = PowerDeviceD3;
    }
    caps->DeviceWake = PowerDeviceUnspecified;
    caps->SystemWake = PowerSystemUnspecified;

    /* Pulled out by hand at any time; the hub can also release the latch. */
    caps->EjectSupported = TRUE;
    caps->Removable = TRUE;
    caps->SurpriseRemovalOK = TRUE;
    caps->UniqueID = TRUE;          /* the serial number is in the instance ID */
    caps->Address = Pdo->Port;
    caps->UINumber = Pdo->Port + 1;

    return STATUS_SUCCESS;
}

/* ---- IRP_MN_QUERY_RESOURCES / IRP_MN_QUERY_RESOURCE_REQUIREMENTS ---------------- */

/*
 * A module uses no I/O resources of its own; its function driver reaches
 * it through the hub. The PDO still hands its port and serial number to
 * that driver as a device-private resource, which the arbiters leave
 * alone and the function driver finds in its START_DEVICE resources.
 */
static NTSTATUS ShbPdoQueryResources(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PCM_RESOURCE_LIST list;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR desc;

    PAGED_CODE();

    list = (PCM_RESOURCE_LIST)ExAllocatePool2(POOL_FLAG_PAGED, sizeof(CM_RESOURCE_LIST), SHB_POOL_TAG);
    if (list == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    list->Count = 1;
    list->List[0].InterfaceType = Internal;
    list->List[0].BusNumber = 0;
    list->List[0].PartialResourceList.Version = 1;
    list->List[0].PartialResourceList.Revision = 1;
    list->List[0].PartialResourceList.Count = 1;
    desc = &list->List[0].PartialResourceList.PartialDescriptors[0];
    desc->Type = CmResourceTypeDevicePrivate;
    desc->ShareDisposition = CmResourceShareDeviceExclusive;
    desc->Flags = 0;
    desc->u.DevicePrivate.Data[0] = Pdo->Port;
    desc->u.DevicePrivate.Data[1] = Pdo->SerialNumber;
    desc->u.DevicePrivate.Data[2] = Pdo->SensorKind;

    Irp->IoStatus.Information = (ULONG_PTR)list;
    return STATUS_SUCCESS;
}

static NTSTATUS ShbPdoQueryRequirements(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PIO_RESOURCE_REQUIREMENTS_LIST reqs;
    PIO_RESOURCE_DESCRIPTOR desc;

    PAGED_CODE();

    reqs = (PIO_RESOURCE_REQUIREMENTS_LIST)ExAllocatePool2(POOL_FLAG_PAGED,
                                                           sizeof(IO_RESOURCE_REQUIREMENTS_LIST),
                                                           SHB_POOL_TAG);
    if (reqs == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    reqs->ListSize = sizeof(IO_RESOURCE_REQUIREMENTS_LIST);
    reqs->InterfaceType = Internal;
    reqs->BusNumber = 0;
    reqs->SlotNumber = Pdo->Port;
    reqs->AlternativeLists = 1;
    reqs->List[0].Version = 1;
    reqs->List[0].Revision = 1;
    reqs->List[0].Count = 1;
    desc = &reqs->List[0].Descriptors[0];
    desc->Option = 0;
    desc->Type = CmResourceTypeDevicePrivate;
    desc->ShareDisposition = CmResourceShareDeviceExclusive;
    desc->Flags = 0;
    desc->u.DevicePrivate.Data[0] = Pdo->Port;
    desc->u.DevicePrivate.Data[1] = Pdo->SerialNumber;
    desc->u.DevicePrivate.Data[2] = Pdo->SensorKind;

    Irp->IoStatus.Information = (ULONG_PTR)reqs;
    return STATUS_SUCCESS;
}

/* ---- IRP_MN_QUERY_DEVICE_RELATIONS (TargetDeviceRelation) ----------------------- */

static NTSTATUS ShbPdoQueryTargetRelation(_In_ PSHB_PDO_EXTENSION Pdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_RELATIONS relations;

    PAGED_CODE();

    if (stack->Parameters.QueryDeviceRelations.Type != TargetDeviceRelation) {
        /* Bus, removal and ejection relations: a module has none. */
        return Irp->IoStatus.Status;
    }

    relations = (PDEVICE_RELATIONS)ExAllocatePoolWithTag(PagedPool, sizeof(DEVICE_RELATIONS), SHB_POOL_TAG);
    if (relations == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* The PnP manager drops this reference when it is done with the list. */
    ObReferenceObject(Pdo->Common.Self);
    relations->Count = 1;
    relations->Objects[0] = Pdo->Common.Self;
    Irp->IoStatus.Information = (ULONG_PTR)relations;
    return STATUS_SUCCESS;
}

/* ---- the PDO's IRP_MJ_PNP ---------------------------------------------------------- */

NTSTATUS ShbPdoPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_PDO_EXTENSION pdo = (PSHB_PDO_EXTENSION)DeviceObject->DeviceExtension;
    PSHB_FDO_EXTENSION parent = (PSHB_FDO_EXTENSION)pdo->ParentFdo->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PPNP_BUS_INFORMATION busInfo;
    NTSTATUS status;

    PAGED_CODE();

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        pdo->Common.DevicePower = PowerDeviceD0;
        ShbSetPnpState(&pdo->Common, ShbStateStarted);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_QUERY_STOP_DEVICE:
        ShbSetPnpState(&pdo->Common, ShbStateStopPending);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_CANCEL_STOP_DEVICE:
        if (pdo->Common.PnpState == ShbStateStopPending) {
            ShbRestorePnpState(&pdo->Common);
        }
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_STOP_DEVICE:
        ShbSetPnpState(&pdo->Common, ShbStateStopped);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_QUERY_REMOVE_DEVICE:
        ShbSetPnpState(&pdo->Common, ShbStateRemovePending);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_CANCEL_REMOVE_DEVICE:
        if (pdo->Common.PnpState == ShbStateRemovePending) {
            ShbRestorePnpState(&pdo->Common);
        }
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_SURPRISE_REMOVAL:
        /* The module was pulled out (or the hub went away). The PDO stays
           until REMOVE_DEVICE; the module's driver has released it. */
        ShbSetPnpState(&pdo->Common, ShbStateSurpriseRemoved);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_REMOVE_DEVICE:
        if (pdo->Present && !pdo->EjectRequested) {
            /* Disabled or reinstalled, but still plugged in: the PDO lives
               on and the next BusRelations reports it again. */
            ShbSetPnpState(&pdo->Common, ShbStateNotStarted);
            status = STATUS_SUCCESS;
            break;
        }
        /* Gone from its port: forget it and delete it once the IRP is
           completed. */
        ShbSetPnpState(&pdo->Common, ShbStateDeleted);
        ShbForgetModule(parent, pdo);
        status = STATUS_SUCCESS;
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoDeleteDevice(DeviceObject);
        return status;

    case IRP_MN_EJECT:
        /* The latch was released; the module is out of its port now. */
        pdo->Present = FALSE;
        ShbNotePortChange(parent, pdo->Port, SHB_EVENT_DEPARTURE);
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_QUERY_ID:
        status = ShbPdoQueryId(pdo, Irp);
        break;

    case IRP_MN_QUERY_DEVICE_TEXT:
        status = ShbPdoQueryText(pdo, Irp);
        break;

    case IRP_MN_QUERY_CAPABILITIES:
        status = ShbPdoQueryCapabilities(pdo, Irp);
        break;

    case IRP_MN_QUERY_RESOURCES:
        status = ShbPdoQueryResources(pdo, Irp);
        break;

    case IRP_MN_QUERY_RESOURCE_REQUIREMENTS:
        status = ShbPdoQueryRequirements(pdo, Irp);
        break;

    case IRP_MN_QUERY_DEVICE_RELATIONS:
        status = ShbPdoQueryTargetRelation(pdo, Irp);
        break;

    case IRP_MN_QUERY_BUS_INFORMATION:
        busInfo = (PPNP_BUS_INFORMATION)ExAllocatePoolWithTag(PagedPool, sizeof(PNP_BUS_INFORMATION),
                                                              SHB_POOL_TAG);
        if (busInfo == NULL) {
#ifdef DRVLINT_BUG_PDO_BUSINFO_NOT_COMPLETED
            return STATUS_INSUFFICIENT_RESOURCES;
#else
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
#endif
        }
        busInfo->BusTypeGuid = GUID_BUS_TYPE_SENSOR_HUB;
        busInfo->LegacyBusType = PNPBus;
        busInfo->BusNumber = 0;
        Irp->IoStatus.Information = (ULONG_PTR)busInfo;
        status = STATUS_SUCCESS;
        break;

    default:
        /* Not ours to answer: keep what is in the IRP. */
        status = Irp->IoStatus.Status;
        break;
    }

    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
