/*
 * drvlint/ddi_ntddk_a.h - annotated prototypes for the ntddk.h routines of
 * data/ddi/wdm-ddi.tsv rows 1-366.
 *
 * Plain prototypes whose IRQL and lock annotations encode the table's
 * columns; the buffer annotations only document the parameters.
 */
#ifndef _DRVLINT_DDI_NTDDK_A_H_
#define _DRVLINT_DDI_NTDDK_A_H_

/* ==== Kernel objects, processors and threads ================================= */

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG NTAPI KePulseEvent(
    _Inout_ PRKEVENT Event,
    _In_ KPRIORITY Increment,
    _In_ BOOLEAN Wait);

ULONG NTAPI KeGetCurrentProcessorNumber(VOID);

DECLSPEC_NORETURN
VOID NTAPI KeBugCheck(
    _In_ ULONG BugCheckCode);

_IRQL_requires_max_(PASSIVE_LEVEL)
LONG NTAPI KeSetBasePriorityThread(
    _Inout_ PKTHREAD Thread,
    _In_ LONG Increment);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS NTAPI KeExpandKernelStackAndCallout(
    _In_ PEXPAND_STACK_CALLOUT Callout,
    _In_opt_ PVOID Parameter,
    _In_ SIZE_T Size);

/* ==== Executive ============================================================== */

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI ExUuidCreate(
    _Out_ UUID *Uuid);

/* ==== IRPs and hard errors =================================================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP NTAPI IoMakeAssociatedIrp(
    _In_ PIRP Irp,
    _In_ CCHAR StackSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI IoSetHardErrorOrVerifyDevice(
    _In_ PIRP Irp,
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
VOID NTAPI IoRaiseHardError(
    _In_ PIRP Irp,
    _In_opt_ PVPB Vpb,
    _In_ PDEVICE_OBJECT RealDeviceObject);

/* ==== Device stacks, reinitialization and legacy detection =================== */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoAttachDeviceToDeviceStackSafe(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PDEVICE_OBJECT TargetDevice,
    _Outptr_ PDEVICE_OBJECT *AttachedToDeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoRegisterDriverReinitialization(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_REINITIALIZE DriverReinitializationRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoRegisterBootDriverReinitialization(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_REINITIALIZE DriverReinitializationRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(PASSIVE_LEVEL)
PCONFIGURATION_INFORMATION NTAPI IoGetConfigurationInformation(VOID);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoReportDetectedDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ INTERFACE_TYPE LegacyBusType,
    _In_ ULONG BusNumber,
    _In_ ULONG SlotNumber,
    _In_opt_ PCM_RESOURCE_LIST ResourceList,
    _In_opt_ PIO_RESOURCE_REQUIREMENTS_LIST ResourceRequirements,
    _In_ BOOLEAN ResourceAssigned,
    _Inout_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoReportResourceForDetection(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_reads_bytes_opt_(DriverListSize) PCM_RESOURCE_LIST DriverList,
    _In_opt_ ULONG DriverListSize,
    _In_opt_ PDEVICE_OBJECT DeviceObject,
    _In_reads_bytes_opt_(DeviceListSize) PCM_RESOURCE_LIST DeviceList,
    _In_opt_ ULONG DeviceListSize,
    _Out_ PBOOLEAN ConflictDetected);

/* ==== Adapter channels and controller objects ================================ */

_IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS NTAPI IoAllocateAdapterChannel(
    _In_ PADAPTER_OBJECT AdapterObject,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG NumberOfMapRegisters,
    _In_ PDRIVER_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_(DISPATCH_LEVEL)
VOID NTAPI IoAllocateController(
    _In_ PCONTROLLER_OBJECT ControllerObject,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PDRIVER_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context);

_IRQL_requires_(DISPATCH_LEVEL)
VOID NTAPI IoFreeController(
    _In_ PCONTROLLER_OBJECT ControllerObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
PCONTROLLER_OBJECT NTAPI IoCreateController(
    _In_ ULONG Size);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID NTAPI IoDeleteController(
    _In_ PCONTROLLER_OBJECT ControllerObject);

#endif /* _DRVLINT_DDI_NTDDK_A_H_ */
