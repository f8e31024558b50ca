/* What Ras.h needs of lmcons.h. */
#define UNLEN 256
#define PWLEN 256
#define DNLEN 15
