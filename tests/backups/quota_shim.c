/* A user's disk quota for the tests (a tmpfs here takes no quota options): loaded with LD_PRELOAD, every write
   that would take a file under $QUOTA_DIR past $QUOTA_BYTES fails with EDQUOT, as a quota does. SQLite reads the
   errno and answers SQLITE_IOERR_WRITE/_SHMSIZE ("disk I/O error"): it names only ENOSPC as a full disk. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static int over_quota(int fd, long long end) {
    const char *dir = getenv("QUOTA_DIR");
    const char *limit = getenv("QUOTA_BYTES");
    char link[64], path[4096];
    if (!dir || !limit) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = 0;
    if (strncmp(path, dir, strlen(dir)) != 0 || end <= atoll(limit)) return 0;
    errno = EDQUOT;
    return 1;
}

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef int (*truncate_fn)(int, off_t);

ssize_t write(int fd, const void *buf, size_t n) {
    static write_fn real;
    if (!real) real = (write_fn)dlsym(RTLD_NEXT, "write");
    if (over_quota(fd, (long long)lseek(fd, 0, SEEK_CUR) + (long long)n)) return -1;
    return real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset) {
    static pwrite_fn real;
    if (!real) real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite");
    if (over_quota(fd, (long long)offset + (long long)n)) return -1;
    return real(fd, buf, n, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t offset) {
    static pwrite_fn real;
    if (!real) real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite64");
    if (over_quota(fd, (long long)offset + (long long)n)) return -1;
    return real(fd, buf, n, offset);
}

int ftruncate(int fd, off_t length) {
    static truncate_fn real;
    if (!real) real = (truncate_fn)dlsym(RTLD_NEXT, "ftruncate");
    if (over_quota(fd, (long long)length)) return -1;
    return real(fd, length);
}

int ftruncate64(int fd, off_t length) {
    static truncate_fn real;
    if (!real) real = (truncate_fn)dlsym(RTLD_NEXT, "ftruncate64");
    if (over_quota(fd, (long long)length)) return -1;
    return real(fd, length);
}
