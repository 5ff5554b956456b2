/*
 * drvlint/wdm_dma.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * DMA: device descriptions, adapter objects, scatter/gather lists and the
 * DMA_OPERATIONS table. Drivers call the table's members through the
 * adapter (Adapter->DmaOperations->GetScatterGatherList(...)), so each
 * member has its own function-pointer typedef carrying the IRQL bounds of
 * the DDI reference (data/ddi/wdm-ddi.tsv for the members listed there).
 */
#ifndef _DRVLINT_WDM_DMA_H_
#define _DRVLINT_WDM_DMA_H_

/* ---- Device description (IoGetDmaAdapter) ------------------------------ */
#define DEVICE_DESCRIPTION_VERSION   0x0000
#define DEVICE_DESCRIPTION_VERSION1  0x0001
#define DEVICE_DESCRIPTION_VERSION2  0x0002
#define DEVICE_DESCRIPTION_VERSION3  0x0003

struct _DEVICE_DESCRIPTION {
    ULONG Version;
    BOOLEAN Master;
    BOOLEAN ScatterGather;
    BOOLEAN DemandMode;
    BOOLEAN AutoInitialize;
    BOOLEAN Dma32BitAddresses;
    BOOLEAN IgnoreCount;
    BOOLEAN Reserved1;
    BOOLEAN Dma64BitAddresses;
    ULONG BusNumber;
    ULONG DmaChannel;
    INTERFACE_TYPE InterfaceType;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG MaximumLength;
    ULONG DmaPort;
    ULONG DmaAddressWidth;
    ULONG DmaControllerInstance;
    ULONG DmaRequestLine;
    PHYSICAL_ADDRESS DeviceAddress;
};

/* ---- Scatter/gather lists ------------------------------------------------- */
typedef struct _SCATTER_GATHER_ELEMENT {
    PHYSICAL_ADDRESS Address;
    ULONG Length;
    ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;

struct _SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    SCATTER_GATHER_ELEMENT Elements[];
};

/* ---- Adapter object --------------------------------------------------------- */
struct _DMA_ADAPTER {
    USHORT Version;
    USHORT Size;
    PDMA_OPERATIONS DmaOperations;
};

/* ---- Adapter and transfer information ------------------------------------------ */
#define ADAPTER_INFO_SYNCHRONOUS_CALLBACK          0x0001
#define ADAPTER_INFO_API_BYPASS                    0x0002
#define DMA_ADAPTER_INFO_VERSION1                  1

typedef struct _DMA_ADAPTER_INFO_V1 {
    ULONG ReadDmaCounterAvailable;
    ULONG ScatterGatherLimit;
    ULONG DmaAddressWidth;
    ULONG Flags;
    ULONG MinimumTransferUnit;
} DMA_ADAPTER_INFO_V1, *PDMA_ADAPTER_INFO_V1;

typedef struct _DMA_ADAPTER_INFO_CRASHDUMP {
    DEVICE_DESCRIPTION DeviceDescription;
    SIZE_T DeviceIdSize;
    PVOID DeviceId;
} DMA_ADAPTER_INFO_CRASHDUMP, *PDMA_ADAPTER_INFO_CRASHDUMP;

struct _DMA_ADAPTER_INFO {
    ULONG Version;
    union {
        DMA_ADAPTER_INFO_V1 V1;
        DMA_ADAPTER_INFO_CRASHDUMP Crashdump;
    };
};

#define DMA_TRANSFER_INFO_VERSION1   1
#define DMA_TRANSFER_INFO_VERSION2   2

typedef struct _DMA_TRANSFER_INFO_V1 {
    ULONG MapRegisterCount;
    ULONG ScatterGatherElementCount;
    ULONG ScatterGatherListSize;
} DMA_TRANSFER_INFO_V1, *PDMA_TRANSFER_INFO_V1;

typedef struct _DMA_TRANSFER_INFO_V2 {
    ULONG MapRegisterCount;
    ULONG ScatterGatherElementCount;
    ULONG ScatterGatherListSize;
    ULONG LogicalPageCount;
} DMA_TRANSFER_INFO_V2, *PDMA_TRANSFER_INFO_V2;

struct _DMA_TRANSFER_INFO {
    ULONG Version;
    union {
        DMA_TRANSFER_INFO_V1 V1;
        DMA_TRANSFER_INFO_V2 V2;
    };
};

#define DMA_TRANSFER_CONTEXT_VERSION1  1
#if defined(_WIN64)
#define DMA_TRANSFER_CONTEXT_SIZE_V1   128
#else
#define DMA_TRANSFER_CONTEXT_SIZE_V1   64
#endif

/* Flags of AllocateAdapterChannelEx / GetScatterGatherListEx ... */
#define DMA_SYNCHRONOUS_CALLBACK       0x01
#define DMA_ZERO_BUFFERS               0x02

/* Common buffer configuration (CreateCommonBufferFromMdl) */
typedef enum _DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_TYPE {
    CommonBufferConfigTypeLogicalAddressLimits,
    CommonBufferConfigTypeSubSection,
    CommonBufferConfigTypeHardwareAccessPermissions,
    CommonBufferConfigTypeMax
} DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_TYPE;

typedef enum _DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_ACCESS_TYPE {
    CommonBufferHardwareAccessReadOnly,
    CommonBufferHardwareAccessWriteOnly,
    CommonBufferHardwareAccessReadWrite,
    CommonBufferHardwareAccessMax
} DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_ACCESS_TYPE;

struct _DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION {
    DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_TYPE ConfigType;
    union {
        struct {
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } LogicalAddressLimits;
        struct {
            ULONGLONG Offset;
            ULONG Length;
        } SubSection;
        DMA_COMMON_BUFFER_EXTENDED_CONFIGURATION_ACCESS_TYPE HardwareAccessType;
        ULONGLONG Reserved[4];
    };
};

/* DMA_COMMON_BUFFER_VECTOR is opaque (declared in wdm_base.h). */

/* ---- DMA_OPERATIONS member types ------------------------------------------------- */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
VOID (*PPUT_DMA_ADAPTER)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
PVOID (*PALLOCATE_COMMON_BUFFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ ULONG Length,
    _Out_ PPHYSICAL_ADDRESS LogicalAddress,
    _In_ BOOLEAN CacheEnabled);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
VOID (*PFREE_COMMON_BUFFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ ULONG Length,
    _In_ PHYSICAL_ADDRESS LogicalAddress,
    _In_ PVOID VirtualAddress,
    _In_ BOOLEAN CacheEnabled);

typedef _IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS (*PALLOCATE_ADAPTER_CHANNEL)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG NumberOfMapRegisters,
    _In_ PDRIVER_CONTROL ExecutionRoutine,
    _In_ PVOID Context);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN (*PFLUSH_ADAPTER_BUFFERS)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteToDevice);

typedef _IRQL_requires_(DISPATCH_LEVEL)
VOID (*PFREE_ADAPTER_CHANNEL)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_(DISPATCH_LEVEL)
VOID (*PFREE_MAP_REGISTERS)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PVOID MapRegisterBase,
    _In_ ULONG NumberOfMapRegisters);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
PHYSICAL_ADDRESS (*PMAP_TRANSFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID CurrentVa,
    _Inout_ PULONG Length,
    _In_ BOOLEAN WriteToDevice);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
ULONG (*PGET_DMA_ALIGNMENT)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
ULONG (*PREAD_DMA_COUNTER)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS (*PGET_SCATTER_GATHER_LIST)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_ PVOID Context,
    _In_ BOOLEAN WriteToDevice);

typedef _IRQL_requires_(DISPATCH_LEVEL)
VOID (*PPUT_SCATTER_GATHER_LIST)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PSCATTER_GATHER_LIST ScatterGather,
    _In_ BOOLEAN WriteToDevice);

typedef NTSTATUS (*PCALCULATE_SCATTER_GATHER_LIST_SIZE)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_opt_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _Out_ PULONG ScatterGatherListSize,
    _Out_opt_ PULONG pNumberOfMapRegisters);

typedef _IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS (*PBUILD_SCATTER_GATHER_LIST)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PMDL Mdl,
    _In_ PVOID CurrentVa,
    _In_ ULONG Length,
    _In_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_ PVOID Context,
    _In_ BOOLEAN WriteToDevice,
    _In_ PVOID ScatterGatherBuffer,
    _In_ ULONG ScatterGatherLength);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PBUILD_MDL_FROM_SCATTER_GATHER_LIST)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PSCATTER_GATHER_LIST ScatterGather,
    _In_ PMDL OriginalMdl,
    _Out_ PMDL *TargetMdl);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PGET_DMA_ADAPTER_INFO)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _Inout_ PDMA_ADAPTER_INFO AdapterInfo);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PGET_DMA_TRANSFER_INFO)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ ULONGLONG Offset,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteOnly,
    _Inout_ PDMA_TRANSFER_INFO TransferInfo);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PINITIALIZE_DMA_TRANSFER_CONTEXT)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _Out_ PVOID DmaTransferContext);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
PVOID (*PALLOCATE_COMMON_BUFFER_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_opt_ PPHYSICAL_ADDRESS MaximumAddress,
    _In_ ULONG Length,
    _Out_ PPHYSICAL_ADDRESS LogicalAddress,
    _In_ BOOLEAN CacheEnabled,
    _In_ NODE_REQUIREMENT PreferredNode);

typedef _IRQL_requires_(DISPATCH_LEVEL)
NTSTATUS (*PALLOCATE_ADAPTER_CHANNEL_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID DmaTransferContext,
    _In_ ULONG NumberOfMapRegisters,
    _In_ ULONG Flags,
    _In_opt_ PDRIVER_CONTROL ExecutionRoutine,
    _In_opt_ PVOID ExecutionContext,
    _Out_opt_ PVOID *MapRegisterBase);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PCONFIGURE_ADAPTER_CHANNEL)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ ULONG FunctionNumber,
    _In_ PVOID Context);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN (*PCANCEL_ADAPTER_CHANNEL)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID DmaTransferContext);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PMAP_TRANSFER_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ ULONGLONG Offset,
    _In_ ULONG DeviceOffset,
    _Inout_ PULONG Length,
    _In_ BOOLEAN WriteToDevice,
    _Out_writes_bytes_opt_(ScatterGatherBufferLength) PSCATTER_GATHER_LIST ScatterGatherBuffer,
    _In_ ULONG ScatterGatherBufferLength,
    _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
    _In_opt_ PVOID CompletionContext);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PGET_SCATTER_GATHER_LIST_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID DmaTransferContext,
    _In_ PMDL Mdl,
    _In_ ULONGLONG Offset,
    _In_ ULONG Length,
    _In_ ULONG Flags,
    _In_opt_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN WriteToDevice,
    _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
    _In_opt_ PVOID CompletionContext,
    _Out_opt_ PSCATTER_GATHER_LIST *ScatterGatherList);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PBUILD_SCATTER_GATHER_LIST_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID DmaTransferContext,
    _In_ PMDL Mdl,
    _In_ ULONGLONG Offset,
    _In_ ULONG Length,
    _In_ ULONG Flags,
    _In_opt_ PDRIVER_LIST_CONTROL ExecutionRoutine,
    _In_opt_ PVOID Context,
    _In_ BOOLEAN WriteToDevice,
    _In_ PVOID ScatterGatherBuffer,
    _In_ ULONG ScatterGatherLength,
    _In_opt_ PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
    _In_opt_ PVOID CompletionContext,
    _Out_opt_ PVOID ScatterGatherList);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PFLUSH_ADAPTER_BUFFERS_EX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ PVOID MapRegisterBase,
    _In_ ULONGLONG Offset,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteToDevice);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
VOID (*PFREE_ADAPTER_OBJECT)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ IO_ALLOCATION_ACTION AllocationAction);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PCANCEL_MAPPED_TRANSFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PVOID DmaTransferContext);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PALLOCATE_DOMAIN_COMMON_BUFFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ HANDLE DomainHandle,
    _In_opt_ PPHYSICAL_ADDRESS MaximumAddress,
    _In_ ULONG Length,
    _In_ ULONG Flags,
    _In_opt_ MEMORY_CACHING_TYPE *CacheType,
    _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PPHYSICAL_ADDRESS LogicalAddress,
    _Out_ PVOID *VirtualAddress);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS (*PFLUSH_DMA_BUFFER)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_ BOOLEAN ReadOperation);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PJOIN_DMA_DOMAIN)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ HANDLE DomainHandle);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PLEAVE_DMA_DOMAIN)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
HANDLE (*PGET_DMA_DOMAIN)(
    _In_ PDMA_ADAPTER DmaAdapter);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
PVOID (*PALLOCATE_COMMON_BUFFER_WITH_BOUNDS)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_opt_ PPHYSICAL_ADDRESS MinimumAddress,
    _In_opt_ PPHYSICAL_ADDRESS MaximumAddress,
    _In_ ULONG Length,
    _In_ ULONG Flags,
    _In_opt_ MEMORY_CACHING_TYPE *CacheType,
    _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PPHYSICAL_ADDRESS LogicalAddress);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PALLOCATE_COMMON_BUFFER_VECTOR)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PHYSICAL_ADDRESS LowAddress,
    _In_ PHYSICAL_ADDRESS HighAddress,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ ULONG IdealNode,
    _In_ ULONG Flags,
    _In_ ULONG NumberOfElements,
    _In_ ULONGLONG SizeOfElements,
    _Out_ PDMA_COMMON_BUFFER_VECTOR *VectorOut);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
VOID (*PGET_COMMON_BUFFER_FROM_VECTOR_BY_INDEX)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDMA_COMMON_BUFFER_VECTOR Vector,
    _In_ ULONG Index,
    _Out_ PVOID *VirtualAddressOut,
    _Out_ PPHYSICAL_ADDRESS LogicalAddressOut);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
VOID (*PFREE_COMMON_BUFFER_FROM_VECTOR)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDMA_COMMON_BUFFER_VECTOR Vector,
    _In_ ULONG Index);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
VOID (*PFREE_COMMON_BUFFER_VECTOR)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PDMA_COMMON_BUFFER_VECTOR Vector);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PCREATE_COMMON_BUFFER_FROM_MDL)(
    _In_ PDMA_ADAPTER DmaAdapter,
    _In_ PMDL Mdl,
    _In_reads_(ExtendedConfigsCount) PDMA_COMMON_BUFFER_EXTENDED_CONFIGURATION ExtendedConfigs,
    _In_ ULONG ExtendedConfigsCount,
    _Out_ PPHYSICAL_ADDRESS LogicalAddressOut);

/* ---- The operations table (documented member order) ----------------------------------- */
struct _DMA_OPERATIONS {
    ULONG Size;
    PPUT_DMA_ADAPTER PutDmaAdapter;
    PALLOCATE_COMMON_BUFFER AllocateCommonBuffer;
    PFREE_COMMON_BUFFER FreeCommonBuffer;
    PALLOCATE_ADAPTER_CHANNEL AllocateAdapterChannel;
    PFLUSH_ADAPTER_BUFFERS FlushAdapterBuffers;
    PFREE_ADAPTER_CHANNEL FreeAdapterChannel;
    PFREE_MAP_REGISTERS FreeMapRegisters;
    PMAP_TRANSFER MapTransfer;
    PGET_DMA_ALIGNMENT GetDmaAlignment;
    PREAD_DMA_COUNTER ReadDmaCounter;
    PGET_SCATTER_GATHER_LIST GetScatterGatherList;
    PPUT_SCATTER_GATHER_LIST PutScatterGatherList;
    PCALCULATE_SCATTER_GATHER_LIST_SIZE CalculateScatterGatherList;
    PBUILD_SCATTER_GATHER_LIST BuildScatterGatherList;
    PBUILD_MDL_FROM_SCATTER_GATHER_LIST BuildMdlFromScatterGatherList;
    PGET_DMA_ADAPTER_INFO GetDmaAdapterInfo;
    PGET_DMA_TRANSFER_INFO GetDmaTransferInfo;
    PINITIALIZE_DMA_TRANSFER_CONTEXT InitializeDmaTransferContext;
    PALLOCATE_COMMON_BUFFER_EX AllocateCommonBufferEx;
    PALLOCATE_ADAPTER_CHANNEL_EX AllocateAdapterChannelEx;
    PCONFIGURE_ADAPTER_CHANNEL ConfigureAdapterChannel;
    PCANCEL_ADAPTER_CHANNEL CancelAdapterChannel;
    PMAP_TRANSFER_EX MapTransferEx;
    PGET_SCATTER_GATHER_LIST_EX GetScatterGatherListEx;
    PBUILD_SCATTER_GATHER_LIST_EX BuildScatterGatherListEx;
    PFLUSH_ADAPTER_BUFFERS_EX FlushAdapterBuffersEx;
    PFREE_ADAPTER_OBJECT FreeAdapterObject;
    PCANCEL_MAPPED_TRANSFER CancelMappedTransfer;
    PALLOCATE_DOMAIN_COMMON_BUFFER AllocateDomainCommonBuffer;
    PFLUSH_DMA_BUFFER FlushDmaBuffer;
    PJOIN_DMA_DOMAIN JoinDmaDomain;
    PLEAVE_DMA_DOMAIN LeaveDmaDomain;
    PGET_DMA_DOMAIN GetDmaDomain;
    PALLOCATE_COMMON_BUFFER_WITH_BOUNDS AllocateCommonBufferWithBounds;
    PALLOCATE_COMMON_BUFFER_VECTOR AllocateCommonBufferVector;
    PGET_COMMON_BUFFER_FROM_VECTOR_BY_INDEX GetCommonBufferFromVectorByIndex;
    PFREE_COMMON_BUFFER_FROM_VECTOR FreeCommonBufferFromVector;
    PFREE_COMMON_BUFFER_VECTOR FreeCommonBufferVector;
    PCREATE_COMMON_BUFFER_FROM_MDL CreateCommonBufferFromMdl;
};

#endif /* _DRVLINT_WDM_DMA_H_ */
