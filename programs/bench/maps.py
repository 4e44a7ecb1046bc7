# Map insert, lookup, update and delete on int keys.
def main():
    n = 1000000
    m = {}
    for i in range(n):
        m[i * 7919 % n] = i
    s = 0
    for r in range(3):
        for i in range(n):
            s += m[i]
    for i in range(0, n, 2):
        del m[i]
    for i in range(n):
        v = m.get(i)
        if v is not None:
            s -= v
    print(len(m), s)

main()
