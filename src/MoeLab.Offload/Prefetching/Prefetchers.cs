            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
G            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
z            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
V            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
F            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
$            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
R            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
D            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
R            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
|            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
|            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
W            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
1            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
1            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
2            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
2            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
&            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
&            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
[            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
]            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
[            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
]            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
%            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
+            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
%            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
+            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
%            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
B            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
/            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
R            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
<            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
D            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
[            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
8            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
-            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
]            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
K            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
!            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
q            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
O            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
…            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
G            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
V            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
?            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
F            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
?            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
$            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
8            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
P            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
R            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
1            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
0            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
>            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
A            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
=            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
M            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
L            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
b            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
C            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
T            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
S            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
v            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
I            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
E            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
x            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
$            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
N            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
?            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
$            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
y            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
u            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
'            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
?            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
k            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
w            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
{            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
g            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
.            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
J            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
o            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
(            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
n            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
a            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
m            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
s            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
,            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
i            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
l            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
d            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
:            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
p            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
r            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
f            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
e            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
t            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
c            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
h            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
"            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
)            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
;            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
             default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
}            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");

            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
