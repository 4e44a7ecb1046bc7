-- Slices grown by append (ints, strings, structs), then summed.
local sum = 0
for r = 0, 19 do
  local a, ps = {}, {}
  for i = 0, 99999 do
    a[#a + 1] = i
    ps[#ps + 1] = {x = i, y = r}
  end
  for i = 1, #a do
    sum = sum + a[i] - ps[i].y
  end
end
local ss = {}
for i = 1, 200000 do ss[#ss + 1] = "x" end
print(sum .. " " .. #ss)
