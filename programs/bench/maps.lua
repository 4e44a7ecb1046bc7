-- Map insert, lookup, update and delete on int keys.
local n = 1000000
local m = {}
local count = 0
for i = 0, n - 1 do
  local k = i * 7919 % n
  if m[k] == nil then count = count + 1 end
  m[k] = i
end
local sum = 0
for r = 1, 3 do
  for i = 0, n - 1 do
    sum = sum + m[i]
  end
end
for i = 0, n - 1, 2 do
  if m[i] ~= nil then count = count - 1 end
  m[i] = nil
end
for i = 0, n - 1 do
  local v = m[i]
  if v ~= nil then sum = sum - v end
end
print(count .. " " .. sum)
