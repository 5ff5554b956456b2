/*
 * drvlint/ddi_wdmsec_a.h - annotated prototypes for the wdmsec.h routines of
 * data/ddi/wdm-ddi.tsv rows 1-366.
 */
#ifndef _DRVLINT_DDI_WDMSEC_A_H_
#define _DRVLINT_DDI_WDMSEC_A_H_

/* Creates a device object with the security descriptor given in SDDL
   (the library routine behind the documented name). */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI IoCreateDeviceSecure(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _In_ PCUNICODE_STRING DefaultSDDLString,
    _In_opt_ LPCGUID DeviceClassGuid,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);

#endif /* _DRVLINT_DDI_WDMSEC_A_H_ */
