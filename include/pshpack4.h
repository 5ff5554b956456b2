/* pshpack4.h - push structure packing to 4 bytes (pair with poppack.h). */
#pragma pack(push, 4)
