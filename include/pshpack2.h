/* pshpack2.h - push structure packing to 2 bytes (pair with poppack.h). */
#pragma pack(push, 2)
