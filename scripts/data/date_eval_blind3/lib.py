"""Calendar helpers for writing the answers of Tests/KhabarTimeTests/Fixtures/date-eval-blind3.jsonl
by hand: Solar Hijri days with jdatetime 6.1.1, Umm al-Qura days with hijridate 2.6.0, Gregorian
days with datetime; weeks start on Saturday. Each helper returns (start_date, end_date,
granularity, calendar) as the fixture stores them. Python (a venv with jdatetime and hijridate),
never a runtime dependency.
"""
import datetime as dt, jdatetime
from hijridate import Hijri, Gregorian
D=dt.date
def iso(d): return d.isoformat()
def _r(a,b,gran,cal): return (iso(a), None if b is None else iso(b), gran, cal)
# Solar Hijri
def fad(y,m,d): return jdatetime.date(y,m,d).togregorian()
def famlen(y,m):
    if m<=6: return 31
    if m<=11: return 30
    return 30 if jdatetime.date(y,1,1).isleap() else 29
def fa(y,m,d,cal='persian'): x=fad(y,m,d); return _r(x,x,'day',cal)
def faspan(y,m,d,y2,m2,d2): return _r(fad(y,m,d),fad(y2,m2,d2),'day','persian')
def faM(y,m,m2=None,y2=None):
    m2=m2 or m; y2=y2 or y
    return _r(fad(y,m,1),fad(y2,m2,famlen(y2,m2)),'month','persian')
def faY(y,y2=None): y2=y2 or y; return _r(fad(y,1,1),fad(y2,12,famlen(y2,12)),'year','persian')
def faSeason(y,s): return _r(fad(y,3*s-2,1),fad(y,3*s,famlen(y,3*s)),'season','persian')
def faOf(g): j=jdatetime.date.fromgregorian(date=g); return j
# Gregorian
def g(y,m,d): x=D(y,m,d); return _r(x,x,'day','gregorian')
def gspan(y,m,d,y2,m2,d2): return _r(D(y,m,d),D(y2,m2,d2),'day','gregorian')
def mlen(y,m): return ((D(y+(m==12),m%12+1,1))-D(y,m,1)).days
def gM(y,m,m2=None,y2=None):
    m2=m2 or m; y2=y2 or y
    return _r(D(y,m,1),D(y2,m2,mlen(y2,m2)),'month','gregorian')
def gY(y,y2=None): y2=y2 or y; return _r(D(y,1,1),D(y2,12,31),'year','gregorian')
def gSeason(y,s):  # 1 spring Mar-May, 2 summer, 3 autumn, 4 winter Dec(y)-Feb(y+1)
    if s==4: return _r(D(y,12,1),D(y+1,2,mlen(y+1,2)),'season','gregorian')
    m=3*s; return _r(D(y,m,1),D(y,m+2,mlen(y,m+2)),'season','gregorian')
def gDecade(y): return _r(D(y,1,1),D(y+9,12,31),'decade','gregorian')
def faDecade(y): return _r(fad(y,1,1),fad(y+9,12,famlen(y+9,12)),'decade','persian')
# Hijri (hijridate = Umm al-Qura, agrees with ICU from 1420)
def hd(y,m,d): return Hijri(y,m,d).to_gregorian().datetuple()
def _h(y,m,d): return D(*Hijri(y,m,d).to_gregorian().datetuple())
def hlen(y,m): return Hijri(y,m,1).month_length()
def h(y,m,d): x=_h(y,m,d); return _r(x,x,'day','islamic')
def hspan(y,m,d,y2,m2,d2): return _r(_h(y,m,d),_h(y2,m2,d2),'day','islamic')
def hM(y,m,m2=None,y2=None):
    m2=m2 or m; y2=y2 or y
    return _r(_h(y,m,1),_h(y2,m2,hlen(y2,m2)),'month','islamic')
def hY(y): return _r(_h(y,1,1),_h(y,12,hlen(y,12)),'year','islamic')
def hOf(gd): return Gregorian(gd.year,gd.month,gd.day).to_hijri()
# relative
def day(d,cal=None): return _r(d,d,'day',cal)
def days(a,b,cal=None): return _r(a,b,'day',cal)
def ref(s): return D.fromisoformat(s)
def add(d,n): return d+dt.timedelta(days=n)
def weekstart(d): return add(d, -((d.weekday()-5)%7))   # Saturday (Python Mon=0, Sat=5)
def week(r,off=0,cal=None): s=add(weekstart(r),7*off); return _r(s,add(s,6),'week',cal)
def weekday_back(r,wd): # wd python weekday; most recent on or before r
    return add(r,-((r.weekday()-wd)%7))
def weekday_fwd(r,wd): return add(r,(wd-r.weekday())%7)
SAT,SUN,MON,TUE,WED,THU,FRI=5,6,0,1,2,3,4
def wdb(r,wd): return day(weekday_back(r,wd))
def wdf(r,wd): return day(weekday_fwd(r,wd))
def window_years(r,n): # the past n years: same day n years back plus one day .. r
    s=D(r.year-n,r.month,min(r.day,mlen(r.year-n,r.month)))
    return _r(add(s,1),r,'year',None)
def window_months(r,n):
    y,m=r.year,r.month-n
    while m<1: m+=12; y-=1
    s=D(y,m,min(r.day,mlen(y,m))); return _r(add(s,1),r,'month',None)
def window_days(r,n): return _r(add(r,-n+1),r,'day',None)
def window_weeks(r,n): return _r(add(r,-7*n+1),r,'week',None)
def hours(r,n): return _r(add(r,-((n+23)//24)),r,'day',None)
def openr(t): return (t[0],None,t[2],t[3])
def fwd_years(r,n):
    e=D(r.year+n,r.month,min(r.day,mlen(r.year+n,r.month))); return _r(r,add(e,-1),'year',None)

# Answer constructors shared by the annotation files: an expression found (`X`, with its
# resolution) or to be ignored (`I`), and a span of Gregorian years.
def X(t,res,n=0): return ('x',t,res,n)
def I(t,n=0): return ('i',t,None,n)
def gYs(y,y2): return (iso(D(y,1,1)),iso(D(y2,12,31)),'year','gregorian')
