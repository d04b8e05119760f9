"""Builds date-eval-blind3.jsonl from the sampled candidates and the hand-written answers:

    python3 scripts/data/sample_date_eval_blind.py 125 2028 > blind3-candidates.jsonl   # before blind3 existed
    python3 build.py date-eval-blind3.jsonl   # from this folder, with blind3-candidates.jsonl here

Offsets are Unicode scalar offsets (Python string indices); `part` is looked3 when the first byte
of the SHA-256 of the UTF-8 text is even, untouched3 when odd.
"""
import json,hashlib,sys
from annot import A
from written import W
c=[json.loads(l) for l in open('blind3-candidates.jsonl')]
assert sorted(A)==list(range(250)), [i for i in range(250) if i not in A]
def find(text,t,n):
    k=-1
    for _ in range(n+1):
        k=text.find(t,k+1)
        if k<0: raise SystemExit(f'not found: {t!r} in {text!r}')
    return k
def entries(text,ann):
    dates=[];ign=[]
    for kind,t,res,n in ann:
        s=find(text,t,n); e=s+len(t)
        if kind=='x':
            dates.append(dict(text=t,start=s,end=e,start_date=res[0],end_date=res[1],granularity=res[2],calendar=res[3]))
        else: ign.append(dict(text=t,start=s,end=e))
    dates.sort(key=lambda d:d['start']); ign.sort(key=lambda d:d['start'])
    return dates,ign
def part(text): return 'looked3' if hashlib.sha256(text.encode()).digest()[0]%2==0 else 'untouched3'
out=[]
for i,x in enumerate(c):
    d,ig=entries(x['text'],A[i])
    out.append(dict(source=x['source'],language=x['language'],reference=x['reference'],text=x['text'],dates=d,ignore=ig,part=part(x['text'])))
for j,x in enumerate(W):
    d,ig=entries(x['text'],x['ann'])
    out.append(dict(source=f'khabar-written3-{j:03d}',language=x['language'],reference=x['reference'],text=x['text'],dates=d,ignore=ig,part=part(x['text'])))
with open(sys.argv[1],'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
import collections
cnt=collections.Counter(); 
for o in out:
    k=('written' if o['source'].startswith('khabar') else o['language'])
    cnt[(k,o['part'])]+=len(o['dates']); cnt[('sent',o['part'])]+=1
print(sum(len(o['dates']) for o in out), 'expressions', len(out), 'sentences'); print(sorted(cnt.items()))
