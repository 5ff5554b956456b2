/* pshpack1.h - push structure packing to 1 byte (pair with poppack.h). */
#pragma pack(push, 1)
