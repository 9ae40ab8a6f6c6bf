// A plan whose people, objectives and risks are written in every script a rep's customers
// use: Chinese (simplified and traditional), Japanese (kanji, hiragana, katakana), Korean,
// Cyrillic, Greek, Vietnamese and Latin with every diacritic. Used by cjk.test.mjs and by
// the bench (tests/bench/bench.mjs).

export const CORPUS = {
  chinese: ['王伟', '李娜', '张静', '刘洋', '首席执行官', '采购总监', '供应链数字化转型'],
  traditional: ['陳志明', '林淑芬', '黃美玲', '財務長', '資訊長', '臺北辦公室續約'],
  japanese: ['山田 太郎', '佐藤 花子', '鈴木 一郎', 'にほんご', 'タナカ ケンジ', '情報システム部長', 'ソリューション導入'],
  korean: ['김민준', '이서연', '박지훈', '한국어', '구매 담당 이사', '서울 지사 확장'],
  cyrillic: ['Юлия Иванова', 'Дмитрий Смирнов', 'Директор по закупкам'],
  greek: ['Ελένη Παπαδοπούλου', 'Γιώργος Νικολάου', 'Διευθύντρια Προμηθειών'],
  vietnamese: ['Nguyễn Văn Anh', 'Trần Thị Hương', 'Đặng Quốc Bảo', 'Giám đốc mua hàng'],
  latin: latinWithDiacritics().match(/.{1,40}/gu),  // names and titles stay under 1 KB
};

// Every precomposed Latin letter with a diacritic in Latin-1, Extended-A/B and Extended
// Additional, except ŉ (deprecated by Unicode) and the digraphs Ǆ ǅ ǆ Ǉ … (written as two
// letters in practice); Inter has all the rest.
export function latinWithDiacritics() {
  const letters = [];
  for (const [from, to] of [[0xC0, 0x24F], [0x1E00, 0x1EFF]]) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{L}/u.test(ch) || ch.normalize('NFD') === ch) continue;  // no diacritic
      if (cp === 0x149 || (cp >= 0x1C4 && cp <= 0x1CC) || (cp >= 0x1F1 && cp <= 0x1F3)) continue;
      letters.push(ch);
    }
  }
  return letters.join('');
}

export function corpusText() {
  return Object.values(CORPUS).flat().join(' ');
}

// The app's own sample plan (from window.keystone.exportPlan) turned into a new account whose
// every person, objective and risk carries corpus text. `extraText` goes into the account's
// summary (e.g. the bench's 2,000 distinct ideographs).
export function corpusPlan(samplePlanText, { id = 'c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7', extraText = '' } = {}) {
  const plan = JSON.parse(samplePlanText);
  const account = plan.account;
  const words = Object.values(CORPUS).flat();
  account.id = id;
  account.name = '株式会社山田 · 삼성 · 华为 · Đà Nẵng';
  account.stakeholders.forEach((person, i) => {
    person.name = words[i % words.length];
    person.title = words[(i + 7) % words.length];
  });
  account.objectives.forEach((objective, i) => {
    objective.title = words[(i + 3) % words.length] + ' — ' + words[(i + 11) % words.length];
  });
  account.risks.forEach((risk, i) => {
    risk.title = words[(i + 5) % words.length];
    risk.mitigation = CORPUS.latin.join(' ');
  });
  if (typeof account.summary === 'string') account.summary = extraText || words.join(' ');
  else if (account.summary && typeof account.summary === 'object') {
    const key = Object.keys(account.summary).find((k) => typeof account.summary[k] === 'string');
    if (key) account.summary[key] = extraText || words.join(' ');
  }
  return JSON.stringify(plan);
}
