import { compileAssets } from '../../scripts/lib/compile-assets';
const store = compileAssets('.');
for (const pat of process.argv.slice(2)) {
  const re = new RegExp(pat, 'u');
  const hits: string[] = [];
  for (const a of store.articles) a.paragraphs.forEach((p, i) => { if (re.test(p)) hits.push(`${a.id.slice(0,3)} p${i+1}`); });
  console.log(pat, '→', hits.join(', '));
}
