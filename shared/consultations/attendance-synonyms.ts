import type { AgeBand, Sector, Sex } from './codes';

/**
 * What people write on attendance sheets in the six UN languages, for headers and coded values. Kept
 * as written (accents, Arabic hamza, capitals): `foldLabel` (attendance-text.ts) folds both sides.
 */

/** The register fields a sheet column can fill. `ageBand` also takes an age in years. */
export const ATTENDANCE_FIELDS = ['name', 'sex', 'ageBand', 'organisation', 'sector', 'iplc', 'youth', 'email', 'phone'] as const;
export type AttendanceField = (typeof ATTENDANCE_FIELDS)[number];

export const HEADER_SYNONYMS: Record<AttendanceField, readonly string[]> = {
  name: [
    'name', 'names', 'full name', 'participant', 'participant name', 'name of participant', 'first and last name',
    'nom', 'noms', 'nom complet', 'nom et prénom', 'nom et prénoms', 'prénom et nom', 'nom du participant',
    'nombre', 'nombres', 'nombre completo', 'nombre y apellido', 'nombres y apellidos', 'participante',
    'الاسم', 'اسم', 'الاسم الكامل', 'اسم المشارك', 'имя', 'фио', 'ф и о', 'полное имя', 'имя участника', 'участник',
    '姓名', '名字', '与会者', '参会者姓名',
  ],
  sex: ['sex', 'gender', 'm f', 'f m', 'sexe', 'genre', 'sexo', 'género', 'الجنس', 'النوع', 'النوع الاجتماعي', 'пол', '性别'],
  ageBand: [
    'age', 'age band', 'age group', 'age range', 'age years', 'âge', "tranche d'âge", "groupe d'âge",
    'edad', 'grupo de edad', 'rango de edad', 'العمر', 'السن', 'الفئة العمرية', 'возраст', 'возрастная группа', '年龄', '年龄段', '年龄组',
  ],
  organisation: [
    'organisation', 'organization', 'institution', 'agency', 'affiliation', 'organisme', 'structure', 'entité',
    'organización', 'institución', 'entidad', 'المنظمة', 'المؤسسة', 'الجهة', 'جهة العمل', 'организация', 'учреждение', 'ведомство',
    '组织', '单位', '机构', '工作单位',
  ],
  sector: [
    'sector', 'stakeholder group', 'stakeholder category', 'category', 'secteur', 'catégorie', 'categoría', 'القطاع', 'الفئة',
    'сектор', 'категория', '部门', '行业', '类别',
  ],
  iplc: [
    'iplc', 'indigenous', 'indigenous peoples and local communities', 'indigenous local community', 'pacl', 'autochtone',
    'peuples autochtones et communautés locales', 'picl', 'indígena', 'pueblos indígenas y comunidades locales',
    'الشعوب الأصلية والمجتمعات المحلية', 'الشعوب الأصلية', 'коренные народы и местные общины', 'коренные народы', '土著人民和地方社区', '土著',
  ],
  youth: ['youth', 'young', 'jeune', 'jeunes', 'jeunesse', 'joven', 'jóvenes', 'juventud', 'شباب', 'الشباب', 'молодежь', 'молодёжь', '青年'],
  email: [
    'email', 'e-mail', 'email address', 'mail', 'courriel', 'adresse électronique', 'correo', 'correo electrónico',
    'البريد الإلكتروني', 'البريد', 'электронная почта', 'эл почта', 'почта', '电子邮件', '邮箱', '电邮',
  ],
  phone: [
    'phone', 'telephone', 'tel', 'mobile', 'phone number', 'téléphone', 'portable', 'teléfono', 'celular', 'móvil',
    'الهاتف', 'هاتف', 'رقم الهاتف', 'الجوال', 'телефон', 'тел', '电话', '手机', '联系电话',
  ],
};

/** Values of the sex column. An empty cell means not said, and is no problem. */
export const SEX_SYNONYMS: Record<Sex, readonly string[]> = {
  female: ['f', 'female', 'woman', 'w', 'femme', 'féminin', 'fem', 'mujer', 'femenino', 'أنثى', 'انثى', 'امرأة', 'ж', 'жен', 'женский', 'женщина', '女', '女性'],
  male: ['m', 'male', 'man', 'h', 'homme', 'masculin', 'masc', 'hombre', 'masculino', 'varón', 'ذكر', 'رجل', 'м', 'муж', 'мужской', 'мужчина', '男', '男性'],
  other: ['other', 'autre', 'otro', 'otra', 'آخر', 'другое', 'другой', '其他'],
  undisclosed: [
    'undisclosed', 'prefer not to say', 'not said', 'n a', 'na', 'non communiqué', 'ne souhaite pas répondre', 'non précisé',
    'prefiero no decir', 'no informa', 'no especificado', 'أفضل عدم الإفصاح', 'غير محدد', 'не указано', 'не указан', '不愿透露', '未说明',
  ],
};

/** Age bands written as words; numbers ("18-24", "65+", "34") are read by `readAgeBand`. */
export const AGE_UNDISCLOSED_SYNONYMS: readonly string[] = SEX_SYNONYMS.undisclosed;

/** Words that turn "18" into "under 18" and "65" into "65 and over". */
export const UNDER_WORDS: readonly string[] = ['under', 'below', 'less than', '<', 'moins de', 'menos de', 'أقل من', 'دون', 'до', 'младше', '以下', '岁以下'];
export const OVER_WORDS: readonly string[] = ['+', 'plus', 'and over', 'and above', 'over', 'et plus', 'y más', 'o más', 'فأكثر', 'وما فوق', 'и старше', 'старше', '以上', '岁以上'];

/** The bands as ranges of whole years at the time of recording (codes.ts). */
export const AGE_BAND_YEARS: readonly { band: Exclude<AgeBand, 'undisclosed'>; from: number; to: number }[] = [
  { band: 'under_18', from: 0, to: 17 },
  { band: '18_24', from: 18, to: 24 },
  { band: '25_34', from: 25, to: 34 },
  { band: '35_49', from: 35, to: 49 },
  { band: '50_64', from: 50, to: 64 },
  { band: '65_plus', from: 65, to: 120 },
];

/** Yes and no in tick-box columns (IPLC, youth): a tick mark or an x counts as yes; an empty cell is no. */
export const YES_SYNONYMS: readonly string[] = ['yes', 'y', 'x', '✓', '✔', '√', 'true', '1', 'oui', 'o', 'sí', 'si', 's', 'نعم', 'да', 'д', '是', '对'];
export const NO_SYNONYMS: readonly string[] = ['no', 'n', 'false', '0', 'non', 'لا', 'нет', 'н', '否', '不', '不是', '-'];

/** Sector names and usual short forms; the code itself (e.g. `statistics_office`) is accepted too. */
export const SECTOR_SYNONYMS: Record<Sector, readonly string[]> = {
  government: ['government', 'gov', 'govt', 'ministry', 'public sector', 'gouvernement', 'ministère', 'administration', 'gobierno', 'ministerio', 'حكومة', 'حكومي', 'الحكومة', 'وزارة', 'правительство', 'государственный', 'министерство', '政府', '政府部门'],
  statistics_office: ['statistics office', 'national statistics office', 'nso', 'statistics', 'institut national de statistique', 'statistique', 'ins', 'instituto nacional de estadística', 'estadística', 'ine', 'الإحصاء', 'مكتب الإحصاء', 'статистика', 'статистическое управление', '统计局', '统计部门'],
  research: ['research', 'academia', 'university', 'recherche', 'université', 'investigación', 'universidad', 'البحث', 'بحث', 'أكاديمي', 'جامعة', 'наука', 'исследования', 'университет', '科研', '研究', '大学'],
  cso: ['cso', 'ngo', 'civil society', 'osc', 'ong', 'société civile', 'sociedad civil', 'منظمة غير حكومية', 'المجتمع المدني', 'нко', 'нпо', 'гражданское общество', '民间社会', '非政府组织'],
  private: ['private', 'private sector', 'business', 'privé', 'secteur privé', 'entreprise', 'privado', 'sector privado', 'empresa', 'القطاع الخاص', 'خاص', 'частный', 'частный сектор', 'бизнес', '私营', '私营部门', '企业'],
  iplc: HEADER_SYNONYMS.iplc,
  womens_group: ["women's group", 'womens group', 'women', 'groupement de femmes', 'femmes', 'grupo de mujeres', 'mujeres', 'مجموعة نسائية', 'نساء', 'женская группа', 'женщины', '妇女团体', '妇女'],
  youth: HEADER_SYNONYMS.youth,
  farmers_organisation: ['farmers', 'farmers organisation', "farmers' organisation", 'farmers organization', 'farmer', 'agriculteurs', 'organisation paysanne', 'paysans', 'agricultores', 'organización de agricultores', 'campesinos', 'مزارعون', 'منظمة المزارعين', 'фермеры', 'фермерская организация', '农民', '农民组织'],
  other: ['other', 'autre', 'otro', 'آخر', 'другое', '其他'],
};
