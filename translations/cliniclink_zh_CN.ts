<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationText</name>
    <message>
        <source>Window/level</source>
        <translation>窗宽/窗位</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>测距</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Cobb angle</source>
        <translation>Cobb 角</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation>矩形 ROI</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>椭圆 ROI</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>多边形 ROI</translation>
    </message>
    <message>
        <source>Freehand ROI</source>
        <translation>手绘 ROI</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>像素探针</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>uncalibrated (pixels)</source>
        <translation>未校准（像素）</translation>
    </message>
    <message>
        <source>Pixel Spacing</source>
        <translation>像素间距</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing ÷ magnification</source>
        <translation>成像器像素间距 ÷ 放大率</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (at detector)</source>
        <translation>成像器像素间距（探测器平面）</translation>
    </message>
    <message>
        <source>ultrasound region</source>
        <translation>超声区域校准</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>area %1 %2, perimeter %3 %4 %5</source>
        <translation>面积 %1 %2，周长 %3 %4 %5</translation>
    </message>
    <message>
        <source>mean %1%2, SD %3, min %4, max %5, n %6; area %7 %8, perimeter %9 %10 %11</source>
        <translation>均值 %1%2，标准差 %3，最小 %4，最大 %5，像素数 %6；面积 %7 %8，周长 %9 %10 %11</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Cobb %1°</source>
        <translation>Cobb 角 %1°</translation>
    </message>
    <message>
        <source>outside the image</source>
        <translation>在影像范围外</translation>
    </message>
    <message>
        <source>(%1, %2) padding</source>
        <translation>(%1, %2) 填充值</translation>
    </message>
    <message>
        <source>(%1, %2) stored %3 → %4 %5</source>
        <translation>(%1, %2) 存储值 %3 → %4 %5</translation>
    </message>
    <message>
        <source>(%1, %2) %3 %4, %5, %6</source>
        <translation>(%1, %2) %3 %4、%5、%6</translation>
    </message>
    <message>
        <source>no value here</source>
        <translation>此处无数值</translation>
    </message>
</context>
<context>
    <name>ColourMaps</name>
    <message>
        <source>Greyscale</source>
        <translation>灰阶</translation>
    </message>
    <message>
        <source>Hot iron</source>
        <translation>热铁</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>彩虹</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨骼</translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>Chief complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>现病史</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往史</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>体格检查</translation>
    </message>
    <message>
        <source>Auxiliary examinations</source>
        <translation>辅助检查</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>处理/医嘱</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>OverlayText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Study date: %1</source>
        <translation>检查日期：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>帧 %1 / %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <translation>图像 %1 / %2</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>位置 %1 mm</translation>
    </message>
    <message>
        <source>Thickness %1 mm</source>
        <translation>层厚 %1 mm</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>cliniclink::Error</name>
    <message>
        <source>An internal error occurred.</source>
        <translation>程序内部出错。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入的内容无效。</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>找不到要查找的内容。</translation>
    </message>
    <message>
        <source>The item already exists.</source>
        <translation>该项已存在。</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>文件无法读取或写入。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later.</source>
        <translation>登录失败次数过多，该账号已被锁定。请稍后再试。</translation>
    </message>
    <message>
        <source>This account has been disabled by the administrator.</source>
        <translation>该账号已被管理员停用。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters and 3 of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>密码至少 8 位，并须包含小写字母、大写字母、数字、符号中的至少 3 种。</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (2 to 32 characters).</source>
        <translation>用户名只能包含字母、数字、“.”、“-”和“_”（2 到 32 个字符）。</translation>
    </message>
    <message>
        <source>The recovery key is not valid.</source>
        <translation>恢复密钥无效。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>不能停用最后一个在用的管理员账号。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知的角色。</translation>
    </message>
    <message>
        <source>No ClinicLink data store exists in this folder yet.</source>
        <translation>此文件夹中还没有 ClinicLink 数据库。</translation>
    </message>
    <message>
        <source>A ClinicLink data store already exists in this folder.</source>
        <translation>此文件夹中已有 ClinicLink 数据库。</translation>
    </message>
    <message>
        <source>The database encryption library is not active; the store was not opened to protect patient data.</source>
        <translation>数据库加密组件未生效；为保护患者数据，未打开数据库。</translation>
    </message>
    <message>
        <source>The data store is damaged or was modified outside ClinicLink.</source>
        <translation>数据库已损坏，或在 ClinicLink 之外被修改过。</translation>
    </message>
    <message>
        <source>The data store is in use by another program.</source>
        <translation>数据库正被其他程序使用。</translation>
    </message>
    <message>
        <source>The data store was written by a newer version of ClinicLink.</source>
        <translation>数据库由更新版本的 ClinicLink 写入，请升级本软件。</translation>
    </message>
    <message>
        <source>The record was changed by someone else in the meantime.</source>
        <translation>这条记录在此期间已被他人修改。</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with.</source>
        <translation>审计日志已被篡改。</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>数据库操作失败。</translation>
    </message>
    <message>
        <source>An encrypted attachment is damaged or was modified.</source>
        <translation>加密附件已损坏或被修改。</translation>
    </message>
    <message>
        <source>The clinic code must be 12 digits: county (6) + township (3) + village (3).</source>
        <translation>机构代码须为 12 位数字：县（6 位）+ 乡镇（3 位）+ 村（3 位）。</translation>
    </message>
    <message>
        <source>A cryptographic operation failed.</source>
        <translation>加密运算失败。</translation>
    </message>
    <message>
        <source>The data could not be decrypted: wrong key or modified data.</source>
        <translation>数据无法解密：密钥错误或数据已被修改。</translation>
    </message>
    <message>
        <source>The file is not a readable DICOM file.</source>
        <translation>该文件不是可读取的 DICOM 文件。</translation>
    </message>
    <message>
        <source>This kind of DICOM image is not supported.</source>
        <translation>不支持这种 DICOM 影像。</translation>
    </message>
    <message>
        <source>The DICOM file contains no usable image.</source>
        <translation>该 DICOM 文件中没有可用的影像。</translation>
    </message>
    <message>
        <source>The requested image frame does not exist.</source>
        <translation>所请求的影像帧不存在。</translation>
    </message>
    <message>
        <source>The compressed image could not be decoded; the file may be damaged.</source>
        <translation>压缩影像无法解码，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The DICOM file could not be written.</source>
        <translation>无法写入 DICOM 文件。</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>所选区域超出了影像范围。</translation>
    </message>
    <message>
        <source>The ID card number is not valid (18 characters, check digit and birth date are checked).</source>
        <translation>身份证号码无效（会校验 18 位长度、校验码和出生日期）。</translation>
    </message>
    <message>
        <source>The birth date does not match the one in the ID card number.</source>
        <translation>出生日期与身份证号码中的不一致。</translation>
    </message>
    <message>
        <source>The sex does not match the one in the ID card number.</source>
        <translation>性别与身份证号码中的不一致。</translation>
    </message>
    <message>
        <source>A resident with this ID card number already has an archive.</source>
        <translation>该身份证号码的居民已建档。</translation>
    </message>
    <message>
        <source>The archive number must be 17 digits: clinic code (12) + sequence (5).</source>
        <translation>档案编号须为 17 位数字：机构代码（12 位）+ 顺序号（5 位）。</translation>
    </message>
    <message>
        <source>This archive number is already in use.</source>
        <translation>该档案编号已被使用。</translation>
    </message>
    <message>
        <source>No archive numbers are left for this clinic code.</source>
        <translation>该机构代码下的档案编号已用完。</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>必填项未填写。</translation>
    </message>
    <message>
        <source>The value is not one of the allowed choices.</source>
        <translation>填写的值不在可选范围内。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>This archive is closed, transferred out, merged or the resident has died.</source>
        <translation>该档案已结案、已迁出、已合并，或居民已死亡。</translation>
    </message>
    <message>
        <source>The family relationship is not valid (each family has exactly one head of household).</source>
        <translation>家庭关系无效（每户只能有一位户主）。</translation>
    </message>
    <message>
        <source>The head of household has no archive.</source>
        <translation>户主尚未建档。</translation>
    </message>
    <message>
        <source>These two archives cannot be merged.</source>
        <translation>这两份档案不能合并。</translation>
    </message>
    <message>
        <source>The import file could not be read as CSV (UTF-8 or GB18030 with a header row).</source>
        <translation>导入文件无法按 CSV 读取（须为带表头的 UTF-8 或 GB18030 编码）。</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>The value-set or configuration data is damaged.</source>
        <translation>值域或配置数据已损坏。</translation>
    </message>
    <message>
        <source>The value is outside the plausible range.</source>
        <translation>数值超出合理范围。</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <source>The values contradict each other.</source>
        <translation>填写的数值相互矛盾。</translation>
    </message>
    <message>
        <source>A form definition is damaged.</source>
        <translation>表单定义数据已损坏。</translation>
    </message>
    <message>
        <source>This form is signed; it can only be amended with a reason.</source>
        <translation>该表单已签名，只能填写理由后修订。</translation>
    </message>
    <message>
        <source>Give a reason for amending the signed form.</source>
        <translation>修订已签名的表单须填写理由。</translation>
    </message>
    <message>
        <source>The form has errors; correct the marked fields.</source>
        <translation>表单有错误，请更正标出的项目。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Unsent records are kept and sent later.</source>
        <translation>无法连接平台。未发送的记录已保留，稍后发送。</translation>
    </message>
    <message>
        <source>The platform sent an answer this version does not understand.</source>
        <translation>平台返回了本版本无法识别的应答。</translation>
    </message>
    <message>
        <source>The platform did not accept this computer&apos;s credential. Enrol it again.</source>
        <translation>平台未接受本机的凭据，请重新注册本机。</translation>
    </message>
    <message>
        <source>This record belongs to an organisation outside your area.</source>
        <translation>该记录属于您管辖范围以外的机构。</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired.</source>
        <translation>注册码错误、已使用或已过期。</translation>
    </message>
    <message>
        <source>Refused to send data without encryption: use an https:// platform address.</source>
        <translation>已拒绝未加密传输数据：请使用 https:// 平台地址。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate could not be verified.</source>
        <translation>无法验证平台的证书。</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a platform yet.</source>
        <translation>本机尚未在平台注册。</translation>
    </message>
    <message>
        <source>The platform&apos;s database reported an error.</source>
        <translation>平台数据库报告错误。</translation>
    </message>
    <message>
        <source>The organisation code must have 6 (county), 9 (township) or 12 (village) digits.</source>
        <translation>机构代码须为 6 位（县）、9 位（乡镇）或 12 位（村）数字。</translation>
    </message>
    <message>
        <source>Synchronisation was interrupted; it resumes where it stopped.</source>
        <translation>同步已中断，将从中断处继续。</translation>
    </message>
    <message>
        <source>A vital sign is outside the plausible range; check the value and its unit.</source>
        <translation>生命体征超出合理范围，请核对数值和单位。</translation>
    </message>
    <message>
        <source>This note is signed and locked; record the change as an amendment.</source>
        <translation>该病历已签名锁定，修改请以补充记录（修正）方式进行。</translation>
    </message>
    <message>
        <source>Only a signed note can be amended; edit the draft instead.</source>
        <translation>只有已签名的病历才能修正；草稿请直接编辑。</translation>
    </message>
    <message>
        <source>Exactly one diagnosis must be marked as the primary diagnosis.</source>
        <translation>必须且只能有一个主要诊断。</translation>
    </message>
    <message>
        <source>The diagnosis code is not in the clinic&apos;s ICD-10 code table.</source>
        <translation>该诊断编码不在本机构的 ICD-10 编码表中。</translation>
    </message>
    <message>
        <source>The medical-insurance drug code must have 23 letters and digits and start with a letter.</source>
        <translation>医保药品代码须为 23 位字母和数字，且以字母开头。</translation>
    </message>
    <message>
        <source>A prescription sheet may hold at most 5 drugs; start another sheet.</source>
        <translation>每张处方不得超过 5 种药品，请另开一张处方。</translation>
    </message>
    <message>
        <source>Chinese herbal pieces (中药饮片) must be prescribed on their own sheet.</source>
        <translation>中药饮片应单独开具处方。</translation>
    </message>
    <message>
        <source>The duration exceeds the limit for this prescription type (7 days, emergency 3 days).</source>
        <translation>用药天数超过该类处方的限制（一般 7 日，急诊 3 日）。</translation>
    </message>
    <message>
        <source>This prescription type does not fit the patient&apos;s age (paediatric: under 14 years).</source>
        <translation>处方类型与患者年龄不符（儿科处方：未满 14 周岁）。</translation>
    </message>
    <message>
        <source>Narcotic and psychotropic drugs must be prescribed on the sheet of their class.</source>
        <translation>麻醉药品和精神药品须使用对应类别的专用处方。</translation>
    </message>
    <message>
        <source>The weight of an infant must be recorded on the prescription.</source>
        <translation>婴幼儿处方须注明体重。</translation>
    </message>
    <message>
        <source>The prescription has warnings (allergy, duplicate drug, dose, stock) that must be confirmed before signing.</source>
        <translation>处方存在需确认的警示（过敏、重复用药、剂量、库存），确认后方可签名。</translation>
    </message>
    <message>
        <source>The prescription is not signed yet.</source>
        <translation>处方尚未签名。</translation>
    </message>
    <message>
        <source>The prescription is signed and can no longer be changed.</source>
        <translation>处方已签名，不能再修改。</translation>
    </message>
    <message>
        <source>There is not enough stock of this drug.</source>
        <translation>该药品库存不足。</translation>
    </message>
    <message>
        <source>The quantity or amount is not valid.</source>
        <translation>数量或金额无效。</translation>
    </message>
    <message>
        <source>Unknown dosing frequency.</source>
        <translation>未知的给药频次。</translation>
    </message>
    <message>
        <source>A narcotic or first-class psychotropic prescription needs the patient&apos;s ID card number.</source>
        <translation>麻醉药品、第一类精神药品处方须有患者身份证号码。</translation>
    </message>
    <message>
        <source>The prescription has no drugs.</source>
        <translation>处方中没有药品。</translation>
    </message>
    <message>
        <source>The charges have not been paid yet.</source>
        <translation>费用尚未缴纳。</translation>
    </message>
    <message>
        <source>The payment does not match the amount due.</source>
        <translation>缴费金额与应收金额不符。</translation>
    </message>
    <message>
        <source>This payment cannot be refunded (already refunded or drugs already dispensed).</source>
        <translation>该笔收费不能退费（已退费或药品已发出）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>These charges are already paid.</source>
        <translation>这些费用已缴纳。</translation>
    </message>
    <message>
        <source>Everything on this prescription has been dispensed already.</source>
        <translation>该处方的药品已全部发出。</translation>
    </message>
    <message>
        <source>The pinyin must give one syllable (letters a–z) for each character of the name.</source>
        <translation>拼音须为姓名的每个字各写一个音节（字母 a–z）。</translation>
    </message>
    <message>
        <source>This batch has already expired; expired drugs cannot be taken into stock.</source>
        <translation>该批号药品已过有效期，过期药品不能入库。</translation>
    </message>
</context>
<context>
    <name>cliniclink::Role</name>
    <message>
        <source>Village doctor</source>
        <translation>乡村医生</translation>
    </message>
    <message>
        <source>Township doctor</source>
        <translation>乡镇卫生院医生</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>影像科医生</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>药剂员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Indicator</name>
    <message>
        <source>Archive filing rate</source>
        <translation>健康档案建档率</translation>
    </message>
    <message>
        <source>Active resident archives ÷ resident population of the service area (set by the clinic) × 100%.</source>
        <translation>在管居民健康档案数 ÷ 辖区常住居民数（由本机构设置）× 100%。</translation>
    </message>
    <message>
        <source>Hypertension: standard management rate</source>
        <translation>高血压患者规范管理率</translation>
    </message>
    <message>
        <source>Patients on the hypertension register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</source>
        <translation>截至本季度末的12个月内面对面随访（门诊或家庭，不含电话）不少于4次的高血压患者数 ÷ 高血压管理名册人数 × 100%。</translation>
    </message>
    <message>
        <source>Hypertension: blood pressure control rate</source>
        <translation>管理人群血压控制率</translation>
    </message>
    <message>
        <source>Patients whose latest follow-up in the 12 months ending with the quarter had blood pressure below 140/90 mmHg ÷ patients on the hypertension register × 100%.</source>
        <translation>截至本季度末的12个月内最近一次随访血压低于140/90 mmHg的患者数 ÷ 高血压管理名册人数 × 100%。</translation>
    </message>
    <message>
        <source>Type 2 diabetes: standard management rate</source>
        <translation>2型糖尿病患者规范管理率</translation>
    </message>
    <message>
        <source>Patients on the diabetes register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</source>
        <translation>截至本季度末的12个月内面对面随访（门诊或家庭，不含电话）不少于4次的糖尿病患者数 ÷ 糖尿病管理名册人数 × 100%。</translation>
    </message>
    <message>
        <source>Type 2 diabetes: blood glucose control rate</source>
        <translation>管理人群血糖控制率</translation>
    </message>
    <message>
        <source>Patients whose latest follow-up in the 12 months ending with the quarter had a fasting glucose below 7.0 mmol/L ÷ patients on the diabetes register × 100%.</source>
        <translation>截至本季度末的12个月内最近一次随访空腹血糖低于7.0 mmol/L的患者数 ÷ 糖尿病管理名册人数 × 100%。</translation>
    </message>
    <message>
        <source>Aged 65+: health management rate</source>
        <translation>65岁及以上老年人健康管理率</translation>
    </message>
    <message>
        <source>Residents aged 65 or over on the last day of the quarter with a health examination (健康体检表) from 1 January of that year ÷ residents aged 65 or over × 100%.</source>
        <translation>本季度末年满65岁、当年1月1日起已做健康体检（健康体检表）的居民数 ÷ 65岁及以上居民数 × 100%。</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Population</name>
    <message>
        <source>Hypertension</source>
        <translation>高血压</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>2型糖尿病</translation>
    </message>
    <message>
        <source>Aged 65 and over</source>
        <translation>65岁及以上老年人</translation>
    </message>
    <message>
        <source>Children 0–6 years</source>
        <translation>0～6岁儿童</translation>
    </message>
    <message>
        <source>Pregnant women</source>
        <translation>孕产妇</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>严重精神障碍</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>肺结核</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Rule</name>
    <message>
        <source>Blood pressure %1/%2 mmHg is below %3/%4: controlled.</source>
        <translation>血压 %1/%2 mmHg，低于 %3/%4：控制满意。</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg is not below %3/%4: not controlled.</source>
        <translation>血压 %1/%2 mmHg，未低于 %3/%4：控制不满意。</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg reaches %3 systolic or %4 diastolic: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>血压 %1/%2 mmHg，收缩压≥%3 或舒张压≥%4：紧急处理后转诊，2周内主动随访。</translation>
    </message>
    <message>
        <source>A danger sign is present: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>存在危急情况：紧急处理后转诊，2周内主动随访。</translation>
    </message>
    <message>
        <source>Fasting glucose %1 mmol/L is below %2: controlled.</source>
        <translation>空腹血糖 %1 mmol/L，低于 %2：控制满意。</translation>
    </message>
    <message>
        <source>Fasting glucose %1 mmol/L is not below %2: not controlled.</source>
        <translation>空腹血糖 %1 mmol/L，未低于 %2：控制不满意。</translation>
    </message>
    <message>
        <source>Blood glucose %1 mmol/L is at or above %2: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>血糖 %1 mmol/L，≥%2：紧急处理后转诊，2周内主动随访。</translation>
    </message>
    <message>
        <source>Blood glucose %1 mmol/L is at or below %2: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>血糖 %1 mmol/L，≤%2：紧急处理后转诊，2周内主动随访。</translation>
    </message>
    <message>
        <source>Urgent referral: follow up on the referral within %1 days.</source>
        <translation>紧急转诊：%1天内随访转诊情况。</translation>
    </message>
    <message>
        <source>Second consecutive visit not controlled: refer, and follow up within %1 days.</source>
        <translation>连续两次控制不满意：建议转诊，%1天内主动随访。</translation>
    </message>
    <message>
        <source>New or worse complication: refer, and follow up within %1 days.</source>
        <translation>出现新的并发症或原有并发症加重：建议转诊，%1天内主动随访。</translation>
    </message>
    <message>
        <source>Adverse drug reaction: adjust the medication and follow up within %1 days.</source>
        <translation>出现药物不良反应：调整用药，%1天内随访。</translation>
    </message>
    <message>
        <source>Not controlled: adjust the medication and follow up within %1 days.</source>
        <translation>控制不满意：调整用药，%1天内随访。</translation>
    </message>
    <message>
        <source>Controlled without adverse reactions: next routine visit in %1 months.</source>
        <translation>控制满意、无不良反应：%1个月后常规随访。</translation>
    </message>
    <message>
        <source>Score %1 lies in %3–%4: %2.</source>
        <translation>总分 %1，在 %3～%4 分之间：%2。</translation>
    </message>
    <message>
        <source>Score %1 lies in no band.</source>
        <translation>总分 %1 不在任何分级范围内。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::AmendmentTrail</name>
    <message>
        <source>%1 %2 (%3): %4 “%5” → “%6”</source>
        <translation>%1 %2（原因：%3）：%4 由“%5”改为“%6”</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::NoteTemplateBar</name>
    <message>
        <source>Note template (complaint or pinyin initials) — Enter applies</source>
        <translation>病历模板（主诉或拼音首字母）— 回车套用</translation>
    </message>
    <message>
        <source>e.g. fr for 发热</source>
        <translation>如 fr 即“发热”</translation>
    </message>
    <message>
        <source>Save as clinic template (Ctrl+T)</source>
        <translation>存为本院模板 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::TimelineList</name>
    <message>
        <source>Visit</source>
        <translation>就诊</translation>
    </message>
    <message>
        <source>Outpatient note</source>
        <translation>门诊病历</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Public-health form</source>
        <translation>公卫表单</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>会诊</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::CashierPage</name>
    <message>
        <source>Cashier</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>This patient has no visit.</source>
        <translation>该患者没有就诊记录。</translation>
    </message>
    <message>
        <source>Amount due: ¥ %1</source>
        <translation>应收：¥ %1</translation>
    </message>
    <message>
        <source>Paid ¥ %1. F9 prints the receipt.</source>
        <translation>已收 ¥ %1。按 F9 打印收据。</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>收据无法写入 %1。</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>收据已保存到 %1。</translation>
    </message>
    <message>
        <source>The daily settlement could not be written to %1.</source>
        <translation>日结报表无法写入 %1。</translation>
    </message>
    <message>
        <source>Daily settlement written to %1.</source>
        <translation>日结报表已保存到 %1。</translation>
    </message>
    <message>
        <source>Patient search, Enter opens the latest visit; F5 takes payment, F9 prints the receipt, F6 refunds the selected payment, F10 closes the day and prints the daily settlement.</source>
        <translation>查找患者，回车打开最近一次就诊；F5 收费，F9 打印收据，F6 退选中的收费，F10 日结并打印日结报表。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for a refund (F6)</source>
        <translation>退费原因 (F6)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Choose the payment to refund.</source>
        <translation>请选择要退的收费记录。</translation>
    </message>
    <message>
        <source>Enter the reason for the refund, then press F6 again.</source>
        <translation>请填写退费原因，然后再按 F6。</translation>
    </message>
    <message>
        <source>Refunded ¥ %1 by %2.</source>
        <translation>已按%2退费 ¥ %1。</translation>
    </message>
    <message>
        <source>Add a fee item: code, name or 拼音码, Enter</source>
        <translation>添加收费项目：编码、名称或拼音码，回车</translation>
    </message>
    <message>
        <source>Open the patient&apos;s visit first, then type the fee item.</source>
        <translation>请先打开患者的就诊，再输入收费项目。</translation>
    </message>
    <message>
        <source>Added %1 (¥ %2).</source>
        <translation>已添加 %1（¥ %2）。</translation>
    </message>
    <message>
        <source>No fee item matches “%1”.</source>
        <translation>没有与“%1”匹配的收费项目。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::CatalogueAdminPage</name>
    <message>
        <source>Search (拼音码, 五笔码, 医保 code or name)</source>
        <translation>查找（拼音码、五笔码、医保编码或名称）</translation>
    </message>
    <message>
        <source>Generic name (通用名)</source>
        <translation>通用名</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>剂型</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation>发药单位</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>每包装数量</translation>
    </message>
    <message>
        <source>Package unit</source>
        <translation>包装单位</translation>
    </message>
    <message>
        <source>Price per unit (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>医保 drug code (23 characters)</source>
        <translation>医保药品编码（23 位）</translation>
    </message>
    <message>
        <source>Essential medicine (基本药物)</source>
        <translation>基本药物</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Control class</source>
        <translation>管制类别</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>剂量单位</translation>
    </message>
    <message>
        <source>Dose per dispensing unit</source>
        <translation>每发药单位剂量</translation>
    </message>
    <message>
        <source>Maximum single dose</source>
        <translation>最大单次剂量</translation>
    </message>
    <message>
        <source>Maximum daily dose</source>
        <translation>最大日剂量</translation>
    </message>
    <message>
        <source>拼音码 (empty: computed)</source>
        <translation>拼音码（留空自动生成）</translation>
    </message>
    <message>
        <source>五笔码</source>
        <translation>五笔码</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存下限</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>医保 item code</source>
        <translation>医保项目编码</translation>
    </message>
    <message>
        <source>拼音码</source>
        <translation>拼音码</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>药品与收费目录</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>通用名</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>剂型</translation>
    </message>
    <message>
        <source>医保 code</source>
        <translation>医保编码</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>基本药物</translation>
    </message>
    <message>
        <source>Western medicine (西药)</source>
        <translation>西药</translation>
    </message>
    <message>
        <source>Chinese patent medicine (中成药)</source>
        <translation>中成药</translation>
    </message>
    <message>
        <source>Herbal pieces (中药饮片)</source>
        <translation>中药饮片</translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation>非管制</translation>
    </message>
    <message>
        <source>Narcotic / psychotropic I (麻、精一)</source>
        <translation>麻醉/第一类精神药品（麻、精一）</translation>
    </message>
    <message>
        <source>Psychotropic II (精二)</source>
        <translation>第二类精神药品（精二）</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>挂号</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>诊查</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>注射</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>治疗操作</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>on the national essential medicines list</source>
        <translation>列入国家基本药物目录</translation>
    </message>
    <message>
        <source>can be prescribed</source>
        <translation>可开具</translation>
    </message>
    <message>
        <source>can be charged</source>
        <translation>可收费</translation>
    </message>
    <message>
        <source>e.g. amxl</source>
        <translation>如 amxl</translation>
    </message>
    <message>
        <source>e.g. 0.35</source>
        <translation>如 0.35</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not on the insurance list</source>
        <translation>非医保目录</translation>
    </message>
    <message>
        <source>✓ valid 医保 code</source>
        <translation>✓ 医保编码有效</translation>
    </message>
    <message>
        <source>✗ %1 of 23 characters; letters and digits, starting with a letter</source>
        <translation>✗ 已输入 %1/23 位；应为字母和数字，以字母开头</translation>
    </message>
    <message>
        <source>Editing %1. F2 saves, F4 starts a new entry.</source>
        <translation>正在编辑 %1。F2 保存，F4 新建。</translation>
    </message>
    <message>
        <source>New entry: fill in the form, F2 saves.</source>
        <translation>新建：填写表单后按 F2 保存。</translation>
    </message>
    <message>
        <source>Enter the price in yuan with at most two decimals, and doses as numbers.</source>
        <translation>价格请按元填写（最多两位小数），剂量请填数字。</translation>
    </message>
    <message>
        <source>Saved %1 (拼音码 %2).</source>
        <translation>已保存 %1（拼音码 %2）。</translation>
    </message>
    <message>
        <source>Enter the price in yuan with at most two decimals.</source>
        <translation>价格请按元填写，最多两位小数。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::DoctorPage</name>
    <message>
        <source>Patient (name, pinyin initials or ID number) — Enter registers</source>
        <translation>患者（姓名、拼音首字母或身份证号）— 回车挂号</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>收缩压（mmHg）</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>舒张压（mmHg）</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>心率（次/分）</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>体温（℃）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>现病史</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>体格检查</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>处理/医嘱</translation>
    </message>
    <message>
        <source>Prescription type</source>
        <translation>处方类型</translation>
    </message>
    <message>
        <source>Drug (拼音码, 五笔码 or name) — Enter picks</source>
        <translation>药品（拼音码、五笔码或名称）— 回车选择</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Frequency (qd, bid, tid …)</source>
        <translation>频次（qd、bid、tid …）</translation>
    </message>
    <message>
        <source>Days — Enter adds</source>
        <translation>天数 — 回车添加</translation>
    </message>
    <message>
        <source>Warnings before signing</source>
        <translation>签名前提示</translation>
    </message>
    <message>
        <source>Reason for signing despite the warnings</source>
        <translation>确认签名的理由</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Emergency (急诊)</source>
        <translation>急诊</translation>
    </message>
    <message>
        <source>Paediatric (儿科)</source>
        <translation>儿科</translation>
    </message>
    <message>
        <source>Narcotic / psychotropic I (麻、精一)</source>
        <translation>麻醉/第一类精神药品（麻、精一）</translation>
    </message>
    <message>
        <source>Psychotropic II (精二)</source>
        <translation>第二类精神药品（精二）</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>e.g. zxm or 张小明</source>
        <translation>例如 zxm 或 张小明</translation>
    </message>
    <message>
        <source>Visit registered. Enter the vitals, the note and the diagnosis.</source>
        <translation>已挂号。请录入生命体征、病历和诊断。</translation>
    </message>
    <message>
        <source>%1 %2 (primary)</source>
        <translation>%1 %2（主要诊断）</translation>
    </message>
    <message>
        <source>Enter a dose above zero, a known frequency and at least one day.</source>
        <translation>请输入大于零的剂量、有效的频次和至少一天的天数。</translation>
    </message>
    <message>
        <source>Allergy: the archive records an allergy to %1.</source>
        <translation>过敏：健康档案记录对 %1 过敏。</translation>
    </message>
    <message>
        <source>Duplicate: %1 is prescribed twice.</source>
        <translation>重复用药：%1 开了两次。</translation>
    </message>
    <message>
        <source>Dose: %1 is above the catalogue maximum.</source>
        <translation>剂量：%1 超过药品目录的最大剂量。</translation>
    </message>
    <message>
        <source>Stock: not enough %1 in the pharmacy.</source>
        <translation>库存：药房的 %1 库存不足。</translation>
    </message>
    <message>
        <source>Register a patient first.</source>
        <translation>请先为患者挂号。</translation>
    </message>
    <message>
        <source>Saved. Check the warnings; signing needs a reason.</source>
        <translation>已保存。请查看提示；签名需填写理由。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The prescription has warnings: confirm them with a reason, then press F5 again.</source>
        <translation>处方有提示：请填写确认理由后再按 F5。</translation>
    </message>
    <message>
        <source>There is no prescription to print.</source>
        <translation>没有可打印的处方。</translation>
    </message>
    <message>
        <source>The prescription could not be written to %1.</source>
        <translation>处方无法写入 %1。</translation>
    </message>
    <message>
        <source>Prescription written to %1.</source>
        <translation>处方已保存到 %1。</translation>
    </message>
    <message>
        <source>Timeline: visits, notes, prescriptions, public-health forms, images, consultations</source>
        <translation>时间轴：就诊、病历、处方、公卫表单、影像、会诊</translation>
    </message>
    <message>
        <source>Past history (from the archive)</source>
        <translation>既往史（取自健康档案）</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>Auxiliary examinations</source>
        <translation>辅助检查</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10 code or pinyin initials) — Enter adds; the first is primary; Delete removes</source>
        <translation>诊断（ICD-10 编码或拼音首字母）— 回车添加，第一个为主要诊断，Delete 删除</translation>
    </message>
    <message>
        <source>Reason for amending the signed note (F6)</source>
        <translation>修改已签名病历的原因 (F6)</translation>
    </message>
    <message>
        <source>Route (po, im, iv … or pinyin)</source>
        <translation>给药途径（po、im、iv… 或拼音）</translation>
    </message>
    <message>
        <source>First visit (初诊)</source>
        <translation>初诊</translation>
    </message>
    <message>
        <source>Return visit (复诊)</source>
        <translation>复诊</translation>
    </message>
    <message>
        <source>Self-pay (自费)</source>
        <translation>自费</translation>
    </message>
    <message>
        <source>Resident insurance (城乡居民医保)</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>Employee insurance (职工医保)</source>
        <translation>职工医保</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>给药途径</translation>
    </message>
    <message>
        <source>F2 save · F5 sign · F6 amend · F9 print prescription · F10 print note (Shift+F10 A4) · F3 templates · Ctrl+T save as template</source>
        <translation>F2 保存 · F5 签名 · F6 修改 · F9 打印处方 · F10 打印病历（Shift+F10 为 A4）· F3 模板 · Ctrl+T 存为模板</translation>
    </message>
    <message>
        <source>Registered: %1 — %2, %3</source>
        <translation>已挂号：%1 — %2，%3</translation>
    </message>
    <message>
        <source>Template “%1” applied; edit the text, then F2 saves.</source>
        <translation>已套用模板“%1”；修改后按 F2 保存。</translation>
    </message>
    <message>
        <source>Saved as the clinic&apos;s template “%1”.</source>
        <translation>已存为本院模板“%1”。</translation>
    </message>
    <message>
        <source>The patient&apos;s timeline could not be read.</source>
        <translation>无法读取患者时间轴。</translation>
    </message>
    <message>
        <source>Signed. F9 prints the prescription, F10 the note; F6 amends the note.</source>
        <translation>已签名。F9 打印处方，F10 打印病历；F6 修改病历。</translation>
    </message>
    <message>
        <source>Only a signed note is amended; F2 saves a draft.</source>
        <translation>只有已签名的病历才需修改；草稿请按 F2 保存。</translation>
    </message>
    <message>
        <source>Enter the reason for the amendment, then press F6 again.</source>
        <translation>请填写修改原因，然后再按 F6。</translation>
    </message>
    <message>
        <source>Nothing was changed, so no amendment was recorded.</source>
        <translation>内容未改动，未记录修改。</translation>
    </message>
    <message numerus="yes">
        <source>Amendment saved: %n field(s) changed; the trail is shown below the note.</source>
        <translation>
            <numerusform>修改已保存：改动 %n 项；修改记录显示在病历下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no note to print.</source>
        <translation>没有可打印的病历。</translation>
    </message>
    <message>
        <source>The outpatient note could not be written to %1.</source>
        <translation>门诊病历无法写入 %1。</translation>
    </message>
    <message>
        <source>Outpatient note written to %1.</source>
        <translation>门诊病历已写入 %1。</translation>
    </message>
    <message>
        <source>The note is signed, so your changes to it are not saved yet: enter a reason and press F6 to record them as an amendment.</source>
        <translation>病历已签名，所作改动尚未保存：请填写原因并按 F6，以修改记录的方式保存。</translation>
    </message>
    <message>
        <source>Reason for more than 7 days (chronic disease …)</source>
        <translation>超过 7 天的理由（慢性病等）</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::PharmacyPage</name>
    <message>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Dispensing queue</source>
        <translation>待发药</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message numerus="yes">
        <source>Near expiry (%n days)</source>
        <translation>
            <numerusform>近效期（%n 天内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Dispensed.</source>
        <translation>已发药。</translation>
    </message>
    <message>
        <source>Partly dispensed: the rest stays in the queue until stock arrives.</source>
        <translation>部分发药：其余药品留在待发药队列，到货后再发。</translation>
    </message>
    <message>
        <source>Enter dispenses the selected prescription (paid ones only); F2 receives, takes back or records on its tab; F5 refreshes.</source>
        <translation>回车发放选中的处方（仅限已缴费）；F2 在当前页入库、退药或登记盘点；F5 刷新。</translation>
    </message>
    <message>
        <source>Stock receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退药</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StockReceiptPanel</name>
    <message>
        <source>Batch number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry (last day of use)</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供货单位</translation>
    </message>
    <message>
        <source>Quantity (dispensing units)</source>
        <translation>数量（发药单位）</translation>
    </message>
    <message>
        <source>Unit cost (yuan)</source>
        <translation>进价（元）</translation>
    </message>
    <message>
        <source>Drug (拼音码 or name) — Enter picks</source>
        <translation>药品（拼音码或名称）— 回车选择</translation>
    </message>
    <message>
        <source>Batches of the chosen drug</source>
        <translation>所选药品的批次</translation>
    </message>
    <message>
        <source>Receive into stock (F2)</source>
        <translation>入库 (F2)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>e.g. 县医药公司</source>
        <translation>如 县医药公司</translation>
    </message>
    <message>
        <source>No drug in the catalogue matches “%1”.</source>
        <translation>目录中没有与“%1”匹配的药品。</translation>
    </message>
    <message>
        <source>Receiving %1.</source>
        <translation>正在入库 %1。</translation>
    </message>
    <message>
        <source>Choose the drug first.</source>
        <translation>请先选择药品。</translation>
    </message>
    <message>
        <source>Enter the unit cost in yuan with at most two decimals.</source>
        <translation>进价请按元填写，最多两位小数。</translation>
    </message>
    <message>
        <source>Received %1 of batch %2 (expires %3).</source>
        <translation>已入库批号 %2 共 %1（有效期至 %3）。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StockReturnPanel</name>
    <message>
        <source>Dispensed prescriptions (last 30 days)</source>
        <translation>已发药处方（近 30 天）</translation>
    </message>
    <message>
        <source>Drugs given out</source>
        <translation>已发药品</translation>
    </message>
    <message>
        <source>Quantity returned</source>
        <translation>退回数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Take back into stock (F2)</source>
        <translation>退回库存 (F2)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>处方量</translation>
    </message>
    <message>
        <source>Choose the prescription and the drug to take back.</source>
        <translation>请选择要退药的处方和药品。</translation>
    </message>
    <message>
        <source>Enter the reason for the return.</source>
        <translation>请填写退药原因。</translation>
    </message>
    <message>
        <source>%1 taken back into stock.</source>
        <translation>已退回库存 %1。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StocktakePanel</name>
    <message>
        <source>Type the counted quantity of each batch counted; empty rows are left as they are</source>
        <translation>填写各批次的实盘数量；留空的行不作变动</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Differences of the last stocktake</source>
        <translation>上次盘点差异</translation>
    </message>
    <message>
        <source>Record stocktake (F2)</source>
        <translation>登记盘点 (F2)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Row %1: the count must be a whole number of zero or more.</source>
        <translation>第 %1 行：实盘数须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Type at least one counted quantity.</source>
        <translation>请至少填写一个实盘数量。</translation>
    </message>
    <message>
        <source>Stocktake recorded: %1 batches counted, %2 with a difference.</source>
        <translation>盘点已登记：共盘 %1 个批次，其中 %2 个有差异。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::DueListPage</name>
    <message>
        <source>Due list</source>
        <translation>随访提醒</translation>
    </message>
    <message>
        <source>Only my residents</source>
        <translation>只看我负责的居民</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应随访日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次随访</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未随访</translation>
    </message>
    <message>
        <source>Overdue %1 · this week %2 · this month %3</source>
        <translation>已逾期 %1 人 · 本周 %2 人 · 本月 %3 人</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::FormPage</name>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <source>Resident: name, initials or ID number, then Enter</source>
        <translation>居民：输入姓名、拼音首字母或身份证号后按回车</translation>
    </message>
    <message>
        <source>No resident chosen</source>
        <translation>尚未选择居民</translation>
    </message>
    <message>
        <source>Carry forward last visit</source>
        <translation>带入上次随访</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>保存并签名</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>打印（PDF）…</translation>
    </message>
    <message>
        <source>Suggestions (the doctor decides)</source>
        <translation>系统建议（由医生决定）</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>%1 · Archive No. %2</source>
        <translation>%1 · 档案编号 %2</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>没有找到该居民。</translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>找不到该居民档案。</translation>
    </message>
    <message>
        <source>Choose the resident first.</source>
        <translation>请先选择居民。</translation>
    </message>
    <message>
        <source>No earlier visit of this form.</source>
        <translation>该居民还没有这张表的以往记录。</translation>
    </message>
    <message>
        <source>Carried forward from the visit of %1.</source>
        <translation>已带入 %1 的随访内容。</translation>
    </message>
    <message>
        <source>Saved and signed.</source>
        <translation>已保存并签名。</translation>
    </message>
    <message>
        <source>Saved (not signed yet).</source>
        <translation>已保存（尚未签名）。</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>已打印到 %1。</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>新表单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The form could not be found.</source>
        <translation>找不到该表单。</translation>
    </message>
    <message>
        <source>Signed form: read-only. Use Amend to change it with a reason.</source>
        <translation>已签名的表单为只读。如需更改，请点击“修订”并填写理由。</translation>
    </message>
    <message>
        <source>Draft form: not signed yet.</source>
        <translation>草稿：尚未签名。</translation>
    </message>
    <message>
        <source>Amending the signed form: change the fields, then save; you will be asked for the reason.</source>
        <translation>正在修订已签名的表单：修改相关项目后保存，届时需填写修订理由。</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>保存修订</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 by %2 — reason: %3
%4</source>
        <translation>%1 %2 修订，理由：%3
%4</translation>
    </message>
    <message>
        <source>Amend signed form</source>
        <translation>修订已签名的表单</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>修订理由：</translation>
    </message>
    <message>
        <source>Amendment saved; the trail lists it.</source>
        <translation>修订已保存，并列入修订记录。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::FormPrinter</name>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Doctor&apos;s signature: %1</source>
        <translation>随访医生签名：%1</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Resident population:</source>
        <translation>常住人口：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>分子 / 分母</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>no denominator</source>
        <translation>无分母</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ArchiveLifecycleDialog</name>
    <message>
        <source>%1 · Archive No. %2</source>
        <translation>%1 · 档案编号 %2</translation>
    </message>
    <message>
        <source>Date of death *</source>
        <translation>死亡日期 *</translation>
    </message>
    <message>
        <source>Transfer date *</source>
        <translation>转出日期 *</translation>
    </message>
    <message>
        <source>Transferred to *</source>
        <translation>转往 *</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>死亡原因</translation>
    </message>
    <message>
        <source>Reason for closing *</source>
        <translation>结案原因 *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转出原因</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>档案转出</translation>
    </message>
    <message>
        <source>Register death</source>
        <translation>死亡登记</translation>
    </message>
    <message>
        <source>Close archive</source>
        <translation>档案结案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Transfer the archive of %1 out? It can no longer be edited here; it becomes active again when the resident is transferred back in.</source>
        <translation>确定将 %1 的档案转出吗？转出后本机构不能再修改该档案；居民迁回时档案重新启用。</translation>
    </message>
    <message>
        <source>Register the death of %1? The archive is closed and leaves every register.</source>
        <translation>确定登记 %1 死亡吗？档案将关闭，并退出所有重点人群名册。</translation>
    </message>
    <message>
        <source>Close the archive of %1? It can no longer be edited.</source>
        <translation>确定将 %1 的档案结案吗？结案后不能再修改。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::FamilyView</name>
    <message>
        <source>Family (household)</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Start a family with this resident as head</source>
        <translation>以该居民为户主建立家庭档案</translation>
    </message>
    <message>
        <source>Member: ID number, archive number or name</source>
        <translation>家庭成员：身份证号、档案编号或姓名</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>The family record is missing.</source>
        <translation>找不到家庭档案。</translation>
    </message>
    <message>
        <source>Family created.</source>
        <translation>家庭档案已建立。</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>没有找到该居民。</translation>
    </message>
    <message>
        <source>Choose the relation to the head of household.</source>
        <translation>请选择与户主的关系。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Make the selected member head of household…</source>
        <translation>将选中的成员设为户主…</translation>
    </message>
    <message>
        <source>Select the member who becomes head of household.</source>
        <translation>请选择要成为户主的家庭成员。</translation>
    </message>
    <message>
        <source>This member is already head of household.</source>
        <translation>该成员已经是户主。</translation>
    </message>
    <message>
        <source>Head of household changed.</source>
        <translation>户主已变更。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::HeadChangeDialog</name>
    <message>
        <source>Change head of household</source>
        <translation>户主变更</translation>
    </message>
    <message>
        <source>leaves the family (archive no longer active)</source>
        <translation>退出家庭（档案已不在管）</translation>
    </message>
    <message>
        <source>%1 is the new head&apos;s</source>
        <translation>%1 是新户主的</translation>
    </message>
    <message>
        <source>%1 becomes head of household. State how each member is related to %1.</source>
        <translation>%1 成为户主。请填写每位成员与 %1 的关系。</translation>
    </message>
    <message>
        <source>Change head</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Make %1 head of household?</source>
        <translation>确定将 %1 设为户主吗？</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::IdNumberField</name>
    <message>
        <source>%1 of 18 digits</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>✓ Valid · born %1 · %2</source>
        <translation>✓ 号码正确 · 出生 %1 · %2</translation>
    </message>
    <message>
        <source>(becomes %1)</source>
        <translation>（升位为 %1）</translation>
    </message>
    <message>
        <source>✗ The birth date in this number is impossible</source>
        <translation>✗ 号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>✗ Check digit wrong — a digit is mistyped</source>
        <translation>✗ 校验码不对，有数字输错了</translation>
    </message>
    <message>
        <source>✗ Not a valid ID number</source>
        <translation>✗ 不是有效的身份证号</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ImportDialog</name>
    <message>
        <source>Import archives from CSV</source>
        <translation>从 CSV 导入档案</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>Columns are matched by their header: 姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 民族, 血型, 档案编号, 户主身份证号, 与户主关系. UTF-8 and GB18030 files are recognised.</source>
        <translation>按表头名称识别列：姓名、性别、出生日期、身份证号、联系电话、现住址、民族、血型、档案编号、户主身份证号、与户主关系。可识别 UTF-8 和 GB18030 编码的文件。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save report as CSV…</source>
        <translation>将报告另存为 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>导入报告.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>报告无法保存到 %1。</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>%1 archive(s) imported, %2 row(s) rejected; %3 family(ies) created, %4 member(s) linked.</source>
        <translation>已导入 %1 份档案，拒绝 %2 行；新建家庭 %3 户，关联成员 %4 人。</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>档案记录条数</translation>
    </message>
    <message>
        <source>Merge duplicate archives</source>
        <translation>合并重复档案</translation>
    </message>
    <message>
        <source>Name, initials, ID number, phone or archive number, then Enter</source>
        <translation>姓名、拼音首字母、身份证号、电话或档案编号，按回车查找</translation>
    </message>
    <message>
        <source>Keep the left archive</source>
        <translation>保留左侧档案</translation>
    </message>
    <message>
        <source>Keep the right archive</source>
        <translation>保留右侧档案</translation>
    </message>
    <message>
        <source>Left archive</source>
        <translation>左侧档案</translation>
    </message>
    <message>
        <source>Right archive</source>
        <translation>右侧档案</translation>
    </message>
    <message>
        <source>Reason, e.g. filed twice</source>
        <translation>合并原因，如：重复建档</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>没有找到该居民。</translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>找不到该居民档案。</translation>
    </message>
    <message>
        <source>Find two different archives first.</source>
        <translation>请先找到两份不同的档案。</translation>
    </message>
    <message>
        <source>Keep archive %1 (%2) and merge archive %3 into it? Archive %3 stays readable but can no longer be edited or found by search.</source>
        <translation>确定保留档案 %1（%2），并将档案 %3 合并进来吗？档案 %3 仍可查看，但不能再修改，也不会再被查找到。</translation>
    </message>
    <message>
        <source>Both archives and their histories are kept; the other archive is marked as merged and no longer found by search. Empty fields of the kept archive are filled from the other one.</source>
        <translation>两份档案及其历史记录都会保留；另一份档案标记为“已合并”，不再出现在查找结果中。保留档案的空白项由另一份档案补全。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ResidentCard</name>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>常住类型</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>血型</translation>
    </message>
    <message>
        <source>Rh</source>
        <translation>Rh 血型</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>医疗费用支付方式</translation>
    </message>
    <message>
        <source>Drug allergies</source>
        <translation>药物过敏史</translation>
    </message>
    <message>
        <source>Past diseases</source>
        <translation>既往史（疾病）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（居）委会</translation>
    </message>
    <message>
        <source>Responsible doctor</source>
        <translation>责任医生</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <source>Save archive</source>
        <translation>保存档案</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>The archive number is assigned on saving</source>
        <translation>档案编号在保存时自动生成</translation>
    </message>
    <message>
        <source>Archive No. %1</source>
        <translation>档案编号 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>One syllable per character, e.g. &quot;shan xiong xin&quot;. Correct it for surnames read differently (单 shan, 曾 zeng); search then finds the corrected reading.</source>
        <translation>每个字一个音节，例如“shan xiong xin”。多音字姓氏（单 shan、曾 zeng）读音不对时在此更正，查找时按更正后的拼音匹配。</translation>
    </message>
    <message>
        <source>transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>merged into another archive</source>
        <translation>已合并到其他档案</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>档案状态：%1</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>居民档案</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zs), ID number, phone or archive number</source>
        <translation>查找：姓名、拼音首字母（如 zs）、身份证号、电话或档案编号</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Fill a form…</source>
        <translation>填写表单…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Type to search the archives.</source>
        <translation>输入即可查找居民档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found</source>
        <translation>
            <numerusform>找到 %n 位居民</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>找不到该居民档案。</translation>
    </message>
    <message>
        <source>Archive of %1 updated.</source>
        <translation>%1 的档案已更新。</translation>
    </message>
    <message>
        <source>Archive of %1 transferred in.</source>
        <translation>%1 的档案已迁入。</translation>
    </message>
    <message>
        <source>Archives merged; %1 is kept.</source>
        <translation>档案已合并，保留档案 %1。</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Transfer in…</source>
        <translation>档案迁入…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>合并重复档案…</translation>
    </message>
    <message>
        <source>Transfer out…</source>
        <translation>档案转出…</translation>
    </message>
    <message>
        <source>Register death…</source>
        <translation>死亡登记…</translation>
    </message>
    <message>
        <source>Close archive…</source>
        <translation>档案结案…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::TransferInDialog</name>
    <message>
        <source>Transfer an archive in</source>
        <translation>档案迁入</translation>
    </message>
    <message>
        <source>17 digits; empty: a new number is assigned</source>
        <translation>17 位数字；留空则分配新编号</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Transferred from *</source>
        <translation>迁出机构 *</translation>
    </message>
    <message>
        <source>Transfer date *</source>
        <translation>迁入日期 *</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>迁出机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>迁入日期</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell</name>
    <message>
        <source>It will be unlocked at %1.</source>
        <translation>将于 %1 自动解锁。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AboutDialog</name>
    <message>
        <source>About ClinicLink</source>
        <translation>关于 ClinicLink</translation>
    </message>
    <message>
        <source>ClinicLink village clinic workstation</source>
        <translation>ClinicLink 乡村医生工作站</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Patient records, prescriptions, public health follow-up and image consultation for village clinics. All patient data on this computer is encrypted.</source>
        <translation>为村卫生室提供健康档案、处方、公共卫生随访和影像会诊。本机上的所有患者数据均已加密。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <source>not built in yet</source>
        <translation>尚未内置</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>例如 wang.li</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AdministratorPage</name>
    <message>
        <source>Used to sign in, e.g. &quot;admin&quot; or &quot;wang.li&quot;.</source>
        <translation>登录时使用，例如“admin”或“wang.li”。</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <source>Step 2 of 3</source>
        <translation>第 2 步，共 3 步</translation>
    </message>
    <message>
        <source>The administrator adds the doctors&apos; accounts and can reset their passwords. The administrator account does not see patient records.</source>
        <translation>管理员负责添加医生账号，并可重置他们的密码。管理员账号看不到患者档案。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再输一次密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ChangePasswordDialog</name>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now; only you should know it.</source>
        <translation>您是用临时密码登录的。请现在设置自己的密码，密码只应由您本人知道。</translation>
    </message>
    <message>
        <source>Choose a new password. Your current password stops working immediately.</source>
        <translation>请设置新密码。当前密码将立即失效。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再输一次新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ClinicPage</name>
    <message>
        <source>12 digits: county code (6) + township (3) + village (3). A township health centre uses village 000.</source>
        <translation>12 位数字：县级行政区划代码（6 位）+ 乡镇（3 位）+ 村（3 位）。乡镇卫生院的村代码填 000。</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) needed.</source>
        <translation>
            <numerusform>还差 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>County %1, township %2, village %3.</source>
        <translation>县 %1，乡镇 %2，村 %3。</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>本机构信息</translation>
    </message>
    <message>
        <source>Step 1 of 3</source>
        <translation>第 1 步，共 3 步</translation>
    </message>
    <message>
        <source>Welcome to ClinicLink. This set-up is done once, by the clinic&apos;s administrator. All patient data on this computer will be encrypted.</source>
        <translation>欢迎使用 ClinicLink。此设置只需由本机构的管理员做一次。本机上的所有患者数据都将加密保存。</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Clinic &amp;code:</source>
        <translation>机构代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. Xinglong Village Clinic</source>
        <translation>例如：兴隆村卫生室</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 位数字</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>error message, then how many digits are missing</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::EnrolDialog</name>
    <message>
        <source>Connect to platform</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Clinic code:</source>
        <translation>机构代码：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Changes not yet sent:</source>
        <translation>待上传的数据：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent to the township hospital</source>
        <translation>
            <numerusform>%n 条记录等待上传到乡镇卫生院</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a task in the list on the left.</source>
        <translation>请在左侧列表中选择要做的工作。</translation>
    </message>
    <message numerus="yes">
        <source>Leaving the computer? Press Ctrl+L to lock it; your work stays open. ClinicLink also locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>离开电脑时，请按 Ctrl+L 锁定，正在做的工作会保留。无人操作 %n 分钟后，ClinicLink 也会自动锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::LockScreen</name>
    <message>
        <source>ClinicLink is locked</source>
        <translation>ClinicLink 已锁定</translation>
    </message>
    <message>
        <source>Locked for %1. Your work is kept. Enter your password to continue.</source>
        <translation>%1的工作站已锁定，未保存的工作都还在。请输入您的密码继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>退出登录…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>ClinicLink — %1 — %2</source>
        <translation>ClinicLink — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出程序(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ClinicLink</source>
        <translation>关于 ClinicLink(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to &amp;platform…</source>
        <translation>连接平台(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PasswordFeedback</name>
    <message>
        <source>At least 8 characters, with 3 of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>至少 8 位，包含小写字母、大写字母、数字、符号中的至少 3 种。</translation>
    </message>
    <message>
        <source>The password meets the rules. Enter it a second time.</source>
        <translation>密码符合要求，请再输入一次。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>密码符合要求。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PlatformEnrolForm</name>
    <message>
        <source>Platform CA certificate</source>
        <translation>平台 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://platform.example.cn:8443.</source>
        <translation>请输入平台地址，例如 https://platform.example.cn:8443。</translation>
    </message>
    <message>
        <source>Enter the one-time code from the platform administrator.</source>
        <translation>请输入平台管理员提供的一次性注册码。</translation>
    </message>
    <message>
        <source>The CA file cannot be read: %1</source>
        <translation>无法读取 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>The clinic&apos;s data store is not open. Connect later from Session › Connect to platform.</source>
        <translation>诊所数据库未打开。请稍后通过“会话 › 连接平台”连接。</translation>
    </message>
    <message>
        <source>Connected to the platform as %1 (%2).</source>
        <translation>已连接平台，本机属于 %1（%2）。</translation>
    </message>
    <message>
        <source>Records saved on this computer are sent to the county&apos;s platform, and the platform&apos;s records of your residents come back. Ask the platform administrator for its address and a one-time code.</source>
        <translation>本机保存的记录会上传到县级平台，平台上本辖区居民的记录也会同步到本机。请向平台管理员索取平台地址和一次性注册码。</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>CA &amp;certificate (optional):</source>
        <translation>CA 证书（可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PlatformPage</name>
    <message>
        <source>Connect to the platform (optional)</source>
        <translation>连接平台（可选）</translation>
    </message>
    <message>
        <source>Optional: you can also do this later</source>
        <translation>可选步骤：也可以以后再做</translation>
    </message>
    <message>
        <source>No network yet? Click Finish: the clinic works offline, and the administrator can connect later from Session › Connect to platform.</source>
        <translation>暂时没有网络？请点击“完成”：诊所可以离线使用，管理员以后可通过“会话 › 连接平台”再连接。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryDialog</name>
    <message>
        <source>%1 (%2, disabled)</source>
        <translation>%1（%2，已停用）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reset the administrator password</source>
        <translation>重置管理员密码</translation>
    </message>
    <message>
        <source>Enter the recovery key from the sheet printed when the clinic was set up. Upper or lower case and spaces do not matter.</source>
        <translation>请输入初次设置时打印的恢复密钥。大小写和空格不影响。</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>The recovery key is correct. Choose the administrator and give a temporary password; a new password must be chosen at the next sign-in.</source>
        <translation>恢复密钥正确。请选择管理员并设置一个临时密码；下次登录时须改为新密码。</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryKeyPage</name>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>恢复密钥已发送到打印机。</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer and try again.</source>
        <translation>打印失败。请检查打印机后重试。</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>将恢复密钥保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Copy it to a USB stick that is locked away, then delete it from this computer.</source>
        <translation>已保存到 %1。请复制到 U 盘并锁好保管，然后从本机删除该文件。</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Step 3 of 3 — the clinic is set up</source>
        <translation>第 3 步，共 3 步 — 机构已设置完成</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s recovery key. It is shown only this once. If every administrator password is forgotten, only this key can open the clinic&apos;s data.</source>
        <translation>这是本机构的恢复密钥，只显示这一次。如果所有管理员密码都忘记了，只有用它才能打开本机构的数据。</translation>
    </message>
    <message>
        <source>Print it (or save it as PDF and copy it to a USB stick) and lock it away. Anyone with this key can open all patient records.</source>
        <translation>请打印出来（或保存为 PDF 并复制到 U 盘）并锁好保管。任何人拿到这个密钥，都能打开全部患者档案。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>I have printed or stored the recovery key in a safe place</source>
        <translation>我已打印或妥善保存了恢复密钥</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryKeySheet</name>
    <message>
        <source>ClinicLink recovery key</source>
        <translation>ClinicLink 恢复密钥</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Clinic code</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>With this key the clinic&apos;s data can be opened when every administrator password is lost. Anyone who has it can open all patient records on this computer.</source>
        <translation>所有管理员密码都丢失时，可用此密钥打开本机构的数据。任何持有它的人都能打开本机上的全部患者档案。</translation>
    </message>
    <message>
        <source>Keep this sheet locked away (for example in the clinic&apos;s safe). Do not store it on the computer.</source>
        <translation>请将此页锁好保管（例如放在卫生室的保险柜里），不要保存在电脑上。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ScreenLocker</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Signing out closes ClinicLink for this user. Work that was not saved will be lost. Sign out anyway?</source>
        <translation>退出登录将关闭该用户的 ClinicLink，未保存的工作将丢失。仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::SetupWizard</name>
    <message>
        <source>Set up ClinicLink</source>
        <translation>设置 ClinicLink</translation>
    </message>
    <message>
        <source>Set up the clinic</source>
        <translation>完成设置</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::SignInDialog</name>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>必须先设置新密码才能继续。</translation>
    </message>
    <message>
        <source>The password was reset. Sign in with the new temporary password; you will then choose your own.</source>
        <translation>密码已重置。请用新的临时密码登录，登录后再设置自己的密码。</translation>
    </message>
    <message>
        <source>Sign in — ClinicLink</source>
        <translation>登录 — ClinicLink</translation>
    </message>
    <message>
        <source>ClinicLink village clinic workstation</source>
        <translation>ClinicLink 乡村医生工作站</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>请用您本人的用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Forgot the administrator password?</source>
        <translation>忘记管理员密码？</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::UserAdminPage</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Active, must choose a new password</source>
        <translation>在用，须设置新密码</translation>
    </message>
    <message>
        <source>%1 was added as %2. Tell them the temporary password; they choose their own at the first sign-in.</source>
        <translation>已添加 %1，角色为%2。请把临时密码告诉本人，首次登录时由其设置自己的密码。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? The password stops working immediately. The account can be enabled again later with a new temporary password.</source>
        <translation>要停用 %1 吗？其密码将立即失效。以后可以用新的临时密码重新启用该账号。</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>Enable %1 with a temporary password. They must choose a new password at the next sign-in.</source>
        <translation>用临时密码重新启用 %1。下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>%1 is enabled again and can sign in with the temporary password.</source>
        <translation>%1 已重新启用，可以用临时密码登录。</translation>
    </message>
    <message>
        <source>Give %1 a temporary password. Their old password stops working; they must choose a new password at the next sign-in.</source>
        <translation>为 %1 设置临时密码。原密码将失效；下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::ConflictsView</name>
    <message numerus="yes">
        <source>%1 · %n field(s)
detected %2</source>
        <translation>
            <numerusform>%1 · %n 个字段
发现于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Clinic PC</source>
        <translation>卫生室电脑</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3: saved by %4&lt;br&gt;Platform: saved by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3：由 %4 保存&lt;br&gt;平台：由 %5 保存</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Record deleted?</source>
        <translation>记录是否删除</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s value</source>
        <translation>采用平台的值</translation>
    </message>
    <message>
        <source>Keep this PC&apos;s value</source>
        <translation>采用本机的值</translation>
    </message>
    <message>
        <source>Type another value</source>
        <translation>输入其他值</translation>
    </message>
    <message>
        <source>Saved. The decision is sent with the next sync.</source>
        <translation>已保存。处理结果将在下次同步时上传。</translation>
    </message>
    <message>
        <source>The same field was changed on this PC and on another computer. Nothing was overwritten: the record shows the platform&apos;s value until you decide. Compare both values with the value they started from, then choose one or type the correct value.</source>
        <translation>同一字段在本机和另一台电脑上都被修改了。没有任何内容被覆盖：在您作出决定之前，记录显示平台的值。请对照修改前的值比较两边的值，然后选择其一或输入正确的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>修改前（基准）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>输入的值</translation>
    </message>
    <message>
        <source>Apply decision</source>
        <translation>应用处理结果</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::RejectedView</name>
    <message>
        <source>It will be sent again with the next sync.</source>
        <translation>将在下次同步时重新上传。</translation>
    </message>
    <message>
        <source>Keep on this PC only</source>
        <translation>仅保留在本机</translation>
    </message>
    <message>
        <source>The record stays on this PC but will not be sent to the platform. Continue?</source>
        <translation>该记录保留在本机，但不会上传到平台。是否继续？</translation>
    </message>
    <message>
        <source>Kept on this PC only.</source>
        <translation>已仅保留在本机。</translation>
    </message>
    <message>
        <source>The platform refused these records. Everything else was sent. Fix the cause (for example ask the platform administrator about the area), then send a record again, or keep it on this PC only.</source>
        <translation>平台拒收了以下记录，其他记录均已上传。请先排除原因（例如向平台管理员核实管辖范围），然后重新上传，或仅保留在本机。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新上传</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncCenterDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>被拒收（%1）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncIndicator</name>
    <message>
        <source>All sent · last sync %1</source>
        <translation>已全部上传 · 上次同步 %1</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>没有需要上传的记录</translation>
    </message>
    <message>
        <source>Saved, not yet sent</source>
        <translation>已保存，尚未上传</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n record(s) not yet sent</source>
        <translation>
            <numerusform>正在上传… 还有 %n 条记录未上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet sent</source>
        <translation>
            <numerusform>%n 条记录未上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a platform</source>
        <translation>未连接平台</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 条被拒收</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send unsent records and fetch the platform&apos;s changes now</source>
        <translation>立即上传未上传的记录并获取平台的更新</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncTexts</name>
    <message>
        <source>Resident archive</source>
        <translation>居民档案</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Public-health form</source>
        <translation>公卫表单</translation>
    </message>
    <message>
        <source>Outpatient visit</source>
        <translation>门诊就诊</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>病历</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Not permitted: the record belongs to an organisation outside this computer&apos;s area.</source>
        <translation>无权限：该记录属于本机管辖范围以外的机构。</translation>
    </message>
    <message>
        <source>Invalid: the platform did not accept the record&apos;s content.</source>
        <translation>内容无效：平台不接受该记录的内容。</translation>
    </message>
    <message>
        <source>The platform does not know this record (it was changed here before it was ever sent).</source>
        <translation>平台上没有这条记录（它在上传之前就在本机被修改过）。</translation>
    </message>
    <message>
        <source>Too large: the record exceeds 1 MiB.</source>
        <translation>记录过大：超过 1 MiB。</translation>
    </message>
    <message>
        <source>Refused by the platform (%1).</source>
        <translation>被平台拒收（%1）。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::MeasurementList</name>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::PresetsDialog</name>
    <message>
        <source>Window presets</source>
        <translation>窗宽窗位预设</translation>
    </message>
    <message>
        <source>Keys 1 to 8 apply these windows (in modality units, HU for CT); key 9 restores the image&apos;s own window.</source>
        <translation>数字键 1 至 8 应用以下窗宽窗位（模态单位，CT 为 HU）；数字键 9 恢复图像自带的窗宽窗位。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>窗位</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>按键 %1</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Row %1 needs a number as centre and a width of at least 1.</source>
        <translation>第 %1 行：窗位须为数字，窗宽至少为 1。</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::ThumbnailStrip</name>
    <message numerus="yes">
        <source>%1
%n image(s)</source>
        <translation>
            <numerusform>%1
%n 幅图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::ViewerWidget</name>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Window %1, centre %2</source>
        <translation>窗宽 %1，窗位 %2</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Open DICOMDIR…</source>
        <translation>打开 DICOMDIR…</translation>
    </message>
    <message>
        <source>Open a DICOMDIR (CD/DVD)</source>
        <translation>打开 DICOMDIR（光盘）</translation>
    </message>
    <message>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>旋转 90°</translation>
    </message>
    <message>
        <source>Flip H</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Flip V</source>
        <translation>垂直翻转</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗宽窗位</translation>
    </message>
    <message>
        <source>Pseudo-colour</source>
        <translation>伪彩</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>No window for colour images</source>
        <translation>彩色图像无窗宽窗位</translation>
    </message>
    <message>
        <source>File: %1 (W %2, C %3)</source>
        <translation>文件：%1（窗宽 %2，窗位 %3）</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗</translation>
    </message>
    <message>
        <source>File: VOI LUT %1</source>
        <translation>文件：VOI LUT %1</translation>
    </message>
    <message>
        <source>%1. %2 (W %3, C %4)</source>
        <translation>%1. %2（窗宽 %3，窗位 %4）</translation>
    </message>
    <message>
        <source>9. Image default</source>
        <translation>9. 图像默认值</translation>
    </message>
    <message>
        <source>Loading %1 of %2 files…</source>
        <translation>正在加载第 %1 个文件，共 %2 个…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n 个文件无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open DICOM files</source>
        <translation>打开 DICOM 文件</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.DCM *);;All files (*)</source>
        <translation>DICOM 文件 (*.dcm *.DCM *);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of DICOM files</source>
        <translation>打开 DICOM 文件夹</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>将视图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>无法写入图像。</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>脑</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>硬膜下</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>脑卒中</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>纵隔</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>肝</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <source>Cine speed (frames per second)</source>
        <translation>电影播放速度（帧/秒）</translation>
    </message>
    <message>
        <source>Edit presets…</source>
        <translation>编辑预设…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::Viewport</name>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Open files or a folder to view images</source>
        <translation>请打开文件或文件夹以浏览影像</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>彩色图像</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>W %1  C %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>  Rotated %1°</source>
        <translation>  旋转 %1°</translation>
    </message>
    <message>
        <source>  Flipped H</source>
        <translation>  水平翻转</translation>
    </message>
    <message>
        <source>  Flipped V</source>
        <translation>  垂直翻转</translation>
    </message>
    <message>
        <source>  Inverted</source>
        <translation>  反相</translation>
    </message>
    <message>
        <source>mm: %1</source>
        <translation>mm：%1</translation>
    </message>
    <message>
        <source>px: uncalibrated</source>
        <translation>像素：未校准</translation>
    </message>
    <message>
        <source>mm inside ultrasound regions</source>
        <translation>超声区域内为 mm</translation>
    </message>
    <message>
        <source>LOSSY</source>
        <translation>有损压缩</translation>
    </message>
    <message>
        <source>character set guessed</source>
        <translation>字符集为推测</translation>
    </message>
</context>
</TS>
