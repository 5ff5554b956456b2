/*
 * drvlint/wdm_mm.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Memory manager: MDLs and their flags, page arithmetic macros, page
 * protections and allocation types, physical address lists and the
 * flags of the MmAllocate* / MmMap* routines.
 * (MmGetMdlByteCount, MmGetSystemAddressForMdlSafe ... are DDI entries and
 * are declared by the prototype layer, not here.)
 */
#ifndef _DRVLINT_WDM_MM_H_
#define _DRVLINT_WDM_MM_H_

/* ---- Memory descriptor lists -------------------------------------------- */
struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    struct _KPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
};

#define MDL_MAPPED_TO_SYSTEM_VA      0x0001
#define MDL_PAGES_LOCKED             0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL  0x0004
#define MDL_ALLOCATED_FIXED_SIZE     0x0008
#define MDL_PARTIAL                  0x0010
#define MDL_PARTIAL_HAS_BEEN_MAPPED  0x0020
#define MDL_IO_PAGE_READ             0x0040
#define MDL_WRITE_OPERATION          0x0080
#define MDL_LOCKED_PAGE_TABLES       0x0100
#define MDL_PARENT_MAPPED_SYSTEM_VA  MDL_LOCKED_PAGE_TABLES
#define MDL_FREE_EXTRA_PTES          0x0200
#define MDL_DESCRIBES_AWE            0x0400
#define MDL_IO_SPACE                 0x0800
#define MDL_NETWORK_HEADER           0x1000
#define MDL_MAPPING_CAN_FAIL         0x2000
#define MDL_PAGE_CONTENTS_INVARIANT  0x4000
#define MDL_ALLOCATED_MUST_SUCCEED   MDL_PAGE_CONTENTS_INVARIANT
#define MDL_INTERNAL                 0x8000

#define MDL_MAPPING_FLAGS (MDL_MAPPED_TO_SYSTEM_VA | MDL_PAGES_LOCKED | \
                           MDL_SOURCE_IS_NONPAGED_POOL | MDL_PARTIAL_HAS_BEEN_MAPPED | \
                           MDL_PARENT_MAPPED_SYSTEM_VA | MDL_IO_SPACE)

/* Flags or'ed into the Priority argument of the MDL mapping routines */
#define MdlMappingNoWrite     0x80000000
#define MdlMappingNoExecute   0x40000000
#define MdlMappingWithGuardPtes 0x20000000

/* ---- Page arithmetic ---------------------------------------------------------- */
#define BYTE_OFFSET(Va)  ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va)   ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define BYTES_TO_PAGES(Size) \
    (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ROUND_TO_PAGES(Size) \
    (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
    ((BYTE_OFFSET(Va) + ((SIZE_T)(Size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)
#define COMPUTE_PAGES_SPANNED(Va, Size) ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size)

/* ---- Page protections and allocation types -------------------------------------- */
#define PAGE_NOACCESS           0x01
#define PAGE_READONLY           0x02
#define PAGE_READWRITE          0x04
#define PAGE_WRITECOPY          0x08
#define PAGE_EXECUTE            0x10
#define PAGE_EXECUTE_READ       0x20
#define PAGE_EXECUTE_READWRITE  0x40
#define PAGE_EXECUTE_WRITECOPY  0x80
#define PAGE_GUARD              0x100
#define PAGE_NOCACHE            0x200
#define PAGE_WRITECOMBINE       0x400

#define MEM_COMMIT              0x00001000
#define MEM_RESERVE             0x00002000
#define MEM_DECOMMIT            0x00004000
#define MEM_RELEASE             0x00008000
#define MEM_FREE                0x00010000
#define MEM_PRIVATE             0x00020000
#define MEM_MAPPED              0x00040000
#define MEM_RESET               0x00080000
#define MEM_TOP_DOWN            0x00100000
#define MEM_RESET_UNDO          0x01000000
#define MEM_LARGE_PAGES         0x20000000
#define MEM_4MB_PAGES           0x80000000

#define SEC_FILE                0x00800000
#define SEC_IMAGE               0x01000000
#define SEC_PROTECTED_IMAGE     0x02000000
#define SEC_RESERVE             0x04000000
#define SEC_COMMIT              0x08000000
#define SEC_NOCACHE             0x10000000
#define SEC_WRITECOMBINE        0x40000000
#define SEC_LARGE_PAGES         0x80000000
#define SEC_IMAGE_NO_EXECUTE    (SEC_IMAGE | SEC_NOCACHE)

#define SECTION_QUERY                 0x0001
#define SECTION_MAP_WRITE             0x0002
#define SECTION_MAP_READ              0x0004
#define SECTION_MAP_EXECUTE           0x0008
#define SECTION_EXTEND_SIZE           0x0010
#define SECTION_MAP_EXECUTE_EXPLICIT  0x0020
#define SECTION_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE | \
                            SECTION_MAP_READ | SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE)

/* ---- Physical address lists and copy addresses ------------------------------------- */
struct _MM_PHYSICAL_ADDRESS_LIST {
    PHYSICAL_ADDRESS PhysicalAddress;
    SIZE_T NumberOfBytes;
};

typedef union _FILE_SEGMENT_ELEMENT {
    PVOID64 Buffer;
    ULONGLONG Alignment;
} FILE_SEGMENT_ELEMENT, *PFILE_SEGMENT_ELEMENT;

/* MmAllocatePagesForMdlEx flags */
#define MM_DONT_ZERO_ALLOCATION               0x00000001
#define MM_ALLOCATE_FROM_LOCAL_NODE_ONLY      0x00000002
#define MM_ALLOCATE_FULLY_REQUIRED            0x00000004
#define MM_ALLOCATE_NO_WAIT                   0x00000008
#define MM_ALLOCATE_PREFER_CONTIGUOUS         0x00000010
#define MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS 0x00000020
#define MM_ALLOCATE_FAST_LARGE_PAGES          0x00000040
#define MM_ALLOCATE_TRIM_IF_NECESSARY         0x00000080
#define MM_ALLOCATE_AND_HOT_REMOVE            0x00000100

/* MmAllocateContiguousMemoryEx / MmAllocateContiguousNodeMemory flags */
#define MM_ALLOCATE_CONTIGUOUS_MEMORY_FAST_ONLY 0x00000001

/* MmCopyMemory flags */
#define MM_COPY_MEMORY_PHYSICAL   0x1
#define MM_COPY_MEMORY_VIRTUAL    0x2

/* MmSecureVirtualMemory probe modes use PAGE_READONLY / PAGE_READWRITE. */

/* MmProtectMdlSystemAddress and MmMapIoSpaceEx take PAGE_* values. */


#endif /* _DRVLINT_WDM_MM_H_ */
