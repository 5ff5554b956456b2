/*
 * drvlint/ddi_wmilib_b.h - annotated prototypes for the wmilib.h routines of
 * data/ddi/wdm-ddi.tsv rows 367-732.
 */
#ifndef _DRVLINT_DDI_WMILIB_B_H_
#define _DRVLINT_DDI_WMILIB_B_H_

/* ---- WMI ---- */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI WmiSystemControl(
    _In_ PWMILIB_CONTEXT WmiLibInfo,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _Out_ PSYSCTL_IRP_DISPOSITION IrpDisposition
    );

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI WmiCompleteRequest(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG BufferUsed,
    _In_ CCHAR PriorityBoost
    );

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS NTAPI WmiFireEvent(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ LPCGUID Guid,
    _In_ ULONG InstanceIndex,
    _In_ ULONG EventDataSize,
    _In_reads_bytes_opt_(EventDataSize) PVOID EventData
    );

#endif
