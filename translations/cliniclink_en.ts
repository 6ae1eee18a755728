<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationText</name>
    <message>
        <source>Window/level</source>
        <translation>Window/level</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Magnifier</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>Ruler</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Cobb angle</source>
        <translation>Cobb angle</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation>Rectangle ROI</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>Ellipse ROI</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>Polygon ROI</translation>
    </message>
    <message>
        <source>Freehand ROI</source>
        <translation>Freehand ROI</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>uncalibrated (pixels)</source>
        <translation>uncalibrated (pixels)</translation>
    </message>
    <message>
        <source>Pixel Spacing</source>
        <translation>Pixel Spacing</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing ÷ magnification</source>
        <translation>Imager Pixel Spacing ÷ magnification</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (at detector)</source>
        <translation>Imager Pixel Spacing (at detector)</translation>
    </message>
    <message>
        <source>ultrasound region</source>
        <translation>ultrasound region</translation>
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
        <translation>area %1 %2, perimeter %3 %4 %5</translation>
    </message>
    <message>
        <source>mean %1%2, SD %3, min %4, max %5, n %6; area %7 %8, perimeter %9 %10 %11</source>
        <translation>mean %1%2, SD %3, min %4, max %5, n %6; area %7 %8, perimeter %9 %10 %11</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Cobb %1°</source>
        <translation>Cobb %1°</translation>
    </message>
    <message>
        <source>outside the image</source>
        <translation>outside the image</translation>
    </message>
    <message>
        <source>(%1, %2) padding</source>
        <translation>(%1, %2) padding</translation>
    </message>
    <message>
        <source>(%1, %2) stored %3 → %4 %5</source>
        <translation>(%1, %2) stored %3 → %4 %5</translation>
    </message>
    <message>
        <source>(%1, %2) %3 %4, %5, %6</source>
        <translation>(%1, %2) %3 %4, %5, %6</translation>
    </message>
    <message>
        <source>no value here</source>
        <translation>no value here</translation>
    </message>
</context>
<context>
    <name>ColourMaps</name>
    <message>
        <source>Greyscale</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <source>Hot iron</source>
        <translation>Hot iron</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Bone</translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>Chief complaint</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>Present illness</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>Past history</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>Allergy history</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Physical examination</translation>
    </message>
    <message>
        <source>Auxiliary examinations</source>
        <translation>Auxiliary examinations</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>Plan / orders</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
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
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Study date: %1</source>
        <translation>Study date: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <translation>Image %1 / %2</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <source>Thickness %1 mm</source>
        <translation>Thickness %1 mm</translation>
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
        <translation>An internal error occurred.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>The requested item was not found.</translation>
    </message>
    <message>
        <source>The item already exists.</source>
        <translation>The item already exists.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later.</source>
        <translation>This account is locked after too many failed sign-ins. Try again later.</translation>
    </message>
    <message>
        <source>This account has been disabled by the administrator.</source>
        <translation>This account has been disabled by the administrator.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters and 3 of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>The password must have at least 8 characters and 3 of: lower-case letters, upper-case letters, digits, symbols.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, '.', '-' and '_' (2 to 32 characters).</source>
        <translation>The user name may contain only letters, digits, '.', '-' and '_' (2 to 32 characters).</translation>
    </message>
    <message>
        <source>The recovery key is not valid.</source>
        <translation>The recovery key is not valid.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>The last active administrator cannot be disabled.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>No ClinicLink data store exists in this folder yet.</source>
        <translation>No ClinicLink data store exists in this folder yet.</translation>
    </message>
    <message>
        <source>A ClinicLink data store already exists in this folder.</source>
        <translation>A ClinicLink data store already exists in this folder.</translation>
    </message>
    <message>
        <source>The database encryption library is not active; the store was not opened to protect patient data.</source>
        <translation>The database encryption library is not active; the store was not opened to protect patient data.</translation>
    </message>
    <message>
        <source>The data store is damaged or was modified outside ClinicLink.</source>
        <translation>The data store is damaged or was modified outside ClinicLink.</translation>
    </message>
    <message>
        <source>The data store is in use by another program.</source>
        <translation>The data store is in use by another program.</translation>
    </message>
    <message>
        <source>The data store was written by a newer version of ClinicLink.</source>
        <translation>The data store was written by a newer version of ClinicLink.</translation>
    </message>
    <message>
        <source>The record was changed by someone else in the meantime.</source>
        <translation>The record was changed by someone else in the meantime.</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with.</source>
        <translation>The audit trail has been tampered with.</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>A database operation failed.</translation>
    </message>
    <message>
        <source>An encrypted attachment is damaged or was modified.</source>
        <translation>An encrypted attachment is damaged or was modified.</translation>
    </message>
    <message>
        <source>The clinic code must be 12 digits: county (6) + township (3) + village (3).</source>
        <translation>The clinic code must be 12 digits: county (6) + township (3) + village (3).</translation>
    </message>
    <message>
        <source>A cryptographic operation failed.</source>
        <translation>A cryptographic operation failed.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: wrong key or modified data.</source>
        <translation>The data could not be decrypted: wrong key or modified data.</translation>
    </message>
    <message>
        <source>The file is not a readable DICOM file.</source>
        <translation>The file is not a readable DICOM file.</translation>
    </message>
    <message>
        <source>This kind of DICOM image is not supported.</source>
        <translation>This kind of DICOM image is not supported.</translation>
    </message>
    <message>
        <source>The DICOM file contains no usable image.</source>
        <translation>The DICOM file contains no usable image.</translation>
    </message>
    <message>
        <source>The requested image frame does not exist.</source>
        <translation>The requested image frame does not exist.</translation>
    </message>
    <message>
        <source>The compressed image could not be decoded; the file may be damaged.</source>
        <translation>The compressed image could not be decoded; the file may be damaged.</translation>
    </message>
    <message>
        <source>The DICOM file could not be written.</source>
        <translation>The DICOM file could not be written.</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>The region lies outside the image.</translation>
    </message>
    <message>
        <source>The ID card number is not valid (18 characters, check digit and birth date are checked).</source>
        <translation>The ID card number is not valid (18 characters, check digit and birth date are checked).</translation>
    </message>
    <message>
        <source>The birth date does not match the one in the ID card number.</source>
        <translation>The birth date does not match the one in the ID card number.</translation>
    </message>
    <message>
        <source>The sex does not match the one in the ID card number.</source>
        <translation>The sex does not match the one in the ID card number.</translation>
    </message>
    <message>
        <source>A resident with this ID card number already has an archive.</source>
        <translation>A resident with this ID card number already has an archive.</translation>
    </message>
    <message>
        <source>The archive number must be 17 digits: clinic code (12) + sequence (5).</source>
        <translation>The archive number must be 17 digits: clinic code (12) + sequence (5).</translation>
    </message>
    <message>
        <source>This archive number is already in use.</source>
        <translation>This archive number is already in use.</translation>
    </message>
    <message>
        <source>No archive numbers are left for this clinic code.</source>
        <translation>No archive numbers are left for this clinic code.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>The value is not one of the allowed choices.</source>
        <translation>The value is not one of the allowed choices.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>This archive is closed, transferred out, merged or the resident has died.</source>
        <translation>This archive is closed, transferred out, merged or the resident has died.</translation>
    </message>
    <message>
        <source>The family relationship is not valid (each family has exactly one head of household).</source>
        <translation>The family relationship is not valid (each family has exactly one head of household).</translation>
    </message>
    <message>
        <source>The head of household has no archive.</source>
        <translation>The head of household has no archive.</translation>
    </message>
    <message>
        <source>These two archives cannot be merged.</source>
        <translation>These two archives cannot be merged.</translation>
    </message>
    <message>
        <source>The import file could not be read as CSV (UTF-8 or GB18030 with a header row).</source>
        <translation>The import file could not be read as CSV (UTF-8 or GB18030 with a header row).</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <source>The value-set or configuration data is damaged.</source>
        <translation>The value-set or configuration data is damaged.</translation>
    </message>
    <message>
        <source>The value is outside the plausible range.</source>
        <translation>The value is outside the plausible range.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>The values contradict each other.</source>
        <translation>The values contradict each other.</translation>
    </message>
    <message>
        <source>A form definition is damaged.</source>
        <translation>A form definition is damaged.</translation>
    </message>
    <message>
        <source>This form is signed; it can only be amended with a reason.</source>
        <translation>This form is signed; it can only be amended with a reason.</translation>
    </message>
    <message>
        <source>Give a reason for amending the signed form.</source>
        <translation>Give a reason for amending the signed form.</translation>
    </message>
    <message>
        <source>The form has errors; correct the marked fields.</source>
        <translation>The form has errors; correct the marked fields.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Unsent records are kept and sent later.</source>
        <translation>The platform cannot be reached. Unsent records are kept and sent later.</translation>
    </message>
    <message>
        <source>The platform sent an answer this version does not understand.</source>
        <translation>The platform sent an answer this version does not understand.</translation>
    </message>
    <message>
        <source>The platform did not accept this computer's credential. Enrol it again.</source>
        <translation>The platform did not accept this computer's credential. Enrol it again.</translation>
    </message>
    <message>
        <source>This record belongs to an organisation outside your area.</source>
        <translation>This record belongs to an organisation outside your area.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired.</source>
        <translation>The enrolment code is wrong, already used or expired.</translation>
    </message>
    <message>
        <source>Refused to send data without encryption: use an https:// platform address.</source>
        <translation>Refused to send data without encryption: use an https:// platform address.</translation>
    </message>
    <message>
        <source>The platform's certificate could not be verified.</source>
        <translation>The platform's certificate could not be verified.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a platform yet.</source>
        <translation>This computer is not enrolled with a platform yet.</translation>
    </message>
    <message>
        <source>The platform's database reported an error.</source>
        <translation>The platform's database reported an error.</translation>
    </message>
    <message>
        <source>The organisation code must have 6 (county), 9 (township) or 12 (village) digits.</source>
        <translation>The organisation code must have 6 (county), 9 (township) or 12 (village) digits.</translation>
    </message>
    <message>
        <source>Synchronisation was interrupted; it resumes where it stopped.</source>
        <translation>Synchronisation was interrupted; it resumes where it stopped.</translation>
    </message>
    <message>
        <source>A vital sign is outside the plausible range; check the value and its unit.</source>
        <translation>A vital sign is outside the plausible range; check the value and its unit.</translation>
    </message>
    <message>
        <source>This note is signed and locked; record the change as an amendment.</source>
        <translation>This note is signed and locked; record the change as an amendment.</translation>
    </message>
    <message>
        <source>Only a signed note can be amended; edit the draft instead.</source>
        <translation>Only a signed note can be amended; edit the draft instead.</translation>
    </message>
    <message>
        <source>Exactly one diagnosis must be marked as the primary diagnosis.</source>
        <translation>Exactly one diagnosis must be marked as the primary diagnosis.</translation>
    </message>
    <message>
        <source>The diagnosis code is not in the clinic's ICD-10 code table.</source>
        <translation>The diagnosis code is not in the clinic's ICD-10 code table.</translation>
    </message>
    <message>
        <source>The medical-insurance drug code must have 23 letters and digits and start with a letter.</source>
        <translation>The medical-insurance drug code must have 23 letters and digits and start with a letter.</translation>
    </message>
    <message>
        <source>A prescription sheet may hold at most 5 drugs; start another sheet.</source>
        <translation>A prescription sheet may hold at most 5 drugs; start another sheet.</translation>
    </message>
    <message>
        <source>Chinese herbal pieces (中药饮片) must be prescribed on their own sheet.</source>
        <translation>Chinese herbal pieces (中药饮片) must be prescribed on their own sheet.</translation>
    </message>
    <message>
        <source>The duration exceeds the limit for this prescription type (7 days, emergency 3 days).</source>
        <translation>The duration exceeds the limit for this prescription type (7 days, emergency 3 days).</translation>
    </message>
    <message>
        <source>This prescription type does not fit the patient's age (paediatric: under 14 years).</source>
        <translation>This prescription type does not fit the patient's age (paediatric: under 14 years).</translation>
    </message>
    <message>
        <source>Narcotic and psychotropic drugs must be prescribed on the sheet of their class.</source>
        <translation>Narcotic and psychotropic drugs must be prescribed on the sheet of their class.</translation>
    </message>
    <message>
        <source>The weight of an infant must be recorded on the prescription.</source>
        <translation>The weight of an infant must be recorded on the prescription.</translation>
    </message>
    <message>
        <source>The prescription has warnings (allergy, duplicate drug, dose, stock) that must be confirmed before signing.</source>
        <translation>The prescription has warnings (allergy, duplicate drug, dose, stock) that must be confirmed before signing.</translation>
    </message>
    <message>
        <source>The prescription is not signed yet.</source>
        <translation>The prescription is not signed yet.</translation>
    </message>
    <message>
        <source>The prescription is signed and can no longer be changed.</source>
        <translation>The prescription is signed and can no longer be changed.</translation>
    </message>
    <message>
        <source>There is not enough stock of this drug.</source>
        <translation>There is not enough stock of this drug.</translation>
    </message>
    <message>
        <source>The quantity or amount is not valid.</source>
        <translation>The quantity or amount is not valid.</translation>
    </message>
    <message>
        <source>Unknown dosing frequency.</source>
        <translation>Unknown dosing frequency.</translation>
    </message>
    <message>
        <source>A narcotic or first-class psychotropic prescription needs the patient's ID card number.</source>
        <translation>A narcotic or first-class psychotropic prescription needs the patient's ID card number.</translation>
    </message>
    <message>
        <source>The prescription has no drugs.</source>
        <translation>The prescription has no drugs.</translation>
    </message>
    <message>
        <source>The charges have not been paid yet.</source>
        <translation>The charges have not been paid yet.</translation>
    </message>
    <message>
        <source>The payment does not match the amount due.</source>
        <translation>The payment does not match the amount due.</translation>
    </message>
    <message>
        <source>This payment cannot be refunded (already refunded or drugs already dispensed).</source>
        <translation>This payment cannot be refunded (already refunded or drugs already dispensed).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>These charges are already paid.</source>
        <translation>These charges are already paid.</translation>
    </message>
    <message>
        <source>Everything on this prescription has been dispensed already.</source>
        <translation>Everything on this prescription has been dispensed already.</translation>
    </message>
    <message>
        <source>The pinyin must give one syllable (letters a–z) for each character of the name.</source>
        <translation>The pinyin must give one syllable (letters a–z) for each character of the name.</translation>
    </message>
    <message>
        <source>This batch has already expired; expired drugs cannot be taken into stock.</source>
        <translation>This batch has already expired; expired drugs cannot be taken into stock.</translation>
    </message>
</context>
<context>
    <name>cliniclink::Role</name>
    <message>
        <source>Village doctor</source>
        <translation>Village doctor</translation>
    </message>
    <message>
        <source>Township doctor</source>
        <translation>Township doctor</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiologist</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Indicator</name>
    <message>
        <source>Archive filing rate</source>
        <translation>Archive filing rate</translation>
    </message>
    <message>
        <source>Active resident archives ÷ resident population of the service area (set by the clinic) × 100%.</source>
        <translation>Active resident archives ÷ resident population of the service area (set by the clinic) × 100%.</translation>
    </message>
    <message>
        <source>Hypertension: standard management rate</source>
        <translation>Hypertension: standard management rate</translation>
    </message>
    <message>
        <source>Patients on the hypertension register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</source>
        <translation>Patients on the hypertension register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</translation>
    </message>
    <message>
        <source>Hypertension: blood pressure control rate</source>
        <translation>Hypertension: blood pressure control rate</translation>
    </message>
    <message>
        <source>Patients whose latest follow-up in the 12 months ending with the quarter had blood pressure below 140/90 mmHg ÷ patients on the hypertension register × 100%.</source>
        <translation>Patients whose latest follow-up in the 12 months ending with the quarter had blood pressure below 140/90 mmHg ÷ patients on the hypertension register × 100%.</translation>
    </message>
    <message>
        <source>Type 2 diabetes: standard management rate</source>
        <translation>Type 2 diabetes: standard management rate</translation>
    </message>
    <message>
        <source>Patients on the diabetes register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</source>
        <translation>Patients on the diabetes register with at least 4 face-to-face follow-ups (clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients on the register × 100%.</translation>
    </message>
    <message>
        <source>Type 2 diabetes: blood glucose control rate</source>
        <translation>Type 2 diabetes: blood glucose control rate</translation>
    </message>
    <message>
        <source>Patients whose latest follow-up in the 12 months ending with the quarter had a fasting glucose below 7.0 mmol/L ÷ patients on the diabetes register × 100%.</source>
        <translation>Patients whose latest follow-up in the 12 months ending with the quarter had a fasting glucose below 7.0 mmol/L ÷ patients on the diabetes register × 100%.</translation>
    </message>
    <message>
        <source>Aged 65+: health management rate</source>
        <translation>Aged 65+: health management rate</translation>
    </message>
    <message>
        <source>Residents aged 65 or over on the last day of the quarter with a health examination (健康体检表) from 1 January of that year ÷ residents aged 65 or over × 100%.</source>
        <translation>Residents aged 65 or over on the last day of the quarter with a health examination (健康体检表) from 1 January of that year ÷ residents aged 65 or over × 100%.</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Population</name>
    <message>
        <source>Hypertension</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Type 2 diabetes</translation>
    </message>
    <message>
        <source>Aged 65 and over</source>
        <translation>Aged 65 and over</translation>
    </message>
    <message>
        <source>Children 0–6 years</source>
        <translation>Children 0–6 years</translation>
    </message>
    <message>
        <source>Pregnant women</source>
        <translation>Pregnant women</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>Severe mental illness</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>Tuberculosis</translation>
    </message>
</context>
<context>
    <name>cliniclink::publichealth::Rule</name>
    <message>
        <source>Blood pressure %1/%2 mmHg is below %3/%4: controlled.</source>
        <translation>Blood pressure %1/%2 mmHg is below %3/%4: controlled.</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg is not below %3/%4: not controlled.</source>
        <translation>Blood pressure %1/%2 mmHg is not below %3/%4: not controlled.</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg reaches %3 systolic or %4 diastolic: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>Blood pressure %1/%2 mmHg reaches %3 systolic or %4 diastolic: treat, then refer urgently and follow up within 2 weeks.</translation>
    </message>
    <message>
        <source>A danger sign is present: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>A danger sign is present: treat, then refer urgently and follow up within 2 weeks.</translation>
    </message>
    <message>
        <source>Fasting glucose %1 mmol/L is below %2: controlled.</source>
        <translation>Fasting glucose %1 mmol/L is below %2: controlled.</translation>
    </message>
    <message>
        <source>Fasting glucose %1 mmol/L is not below %2: not controlled.</source>
        <translation>Fasting glucose %1 mmol/L is not below %2: not controlled.</translation>
    </message>
    <message>
        <source>Blood glucose %1 mmol/L is at or above %2: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>Blood glucose %1 mmol/L is at or above %2: treat, then refer urgently and follow up within 2 weeks.</translation>
    </message>
    <message>
        <source>Blood glucose %1 mmol/L is at or below %2: treat, then refer urgently and follow up within 2 weeks.</source>
        <translation>Blood glucose %1 mmol/L is at or below %2: treat, then refer urgently and follow up within 2 weeks.</translation>
    </message>
    <message>
        <source>Urgent referral: follow up on the referral within %1 days.</source>
        <translation>Urgent referral: follow up on the referral within %1 days.</translation>
    </message>
    <message>
        <source>Second consecutive visit not controlled: refer, and follow up within %1 days.</source>
        <translation>Second consecutive visit not controlled: refer, and follow up within %1 days.</translation>
    </message>
    <message>
        <source>New or worse complication: refer, and follow up within %1 days.</source>
        <translation>New or worse complication: refer, and follow up within %1 days.</translation>
    </message>
    <message>
        <source>Adverse drug reaction: adjust the medication and follow up within %1 days.</source>
        <translation>Adverse drug reaction: adjust the medication and follow up within %1 days.</translation>
    </message>
    <message>
        <source>Not controlled: adjust the medication and follow up within %1 days.</source>
        <translation>Not controlled: adjust the medication and follow up within %1 days.</translation>
    </message>
    <message>
        <source>Controlled without adverse reactions: next routine visit in %1 months.</source>
        <translation>Controlled without adverse reactions: next routine visit in %1 months.</translation>
    </message>
    <message>
        <source>Score %1 lies in %3–%4: %2.</source>
        <translation>Score %1 lies in %3–%4: %2.</translation>
    </message>
    <message>
        <source>Score %1 lies in no band.</source>
        <translation>Score %1 lies in no band.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::AmendmentTrail</name>
    <message>
        <source>%1 %2 (%3): %4 “%5” → “%6”</source>
        <translation>%1 %2 (%3): %4 “%5” → “%6”</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::NoteTemplateBar</name>
    <message>
        <source>Note template (complaint or pinyin initials) — Enter applies</source>
        <translation>Note template (complaint or pinyin initials) — Enter applies</translation>
    </message>
    <message>
        <source>e.g. fr for 发热</source>
        <translation>e.g. fr for 发热</translation>
    </message>
    <message>
        <source>Save as clinic template (Ctrl+T)</source>
        <translation>Save as clinic template (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::emr::TimelineList</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Outpatient note</source>
        <translation>Outpatient note</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Public-health form</source>
        <translation>Public-health form</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::CashierPage</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>This patient has no visit.</source>
        <translation>This patient has no visit.</translation>
    </message>
    <message>
        <source>Amount due: ¥ %1</source>
        <translation>Amount due: ¥ %1</translation>
    </message>
    <message>
        <source>Paid ¥ %1. F9 prints the receipt.</source>
        <translation>Paid ¥ %1. F9 prints the receipt.</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>The receipt could not be written to %1.</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>Receipt written to %1.</translation>
    </message>
    <message>
        <source>The daily settlement could not be written to %1.</source>
        <translation>The daily settlement could not be written to %1.</translation>
    </message>
    <message>
        <source>Daily settlement written to %1.</source>
        <translation>Daily settlement written to %1.</translation>
    </message>
    <message>
        <source>Patient search, Enter opens the latest visit; F5 takes payment, F9 prints the receipt, F6 refunds the selected payment, F10 closes the day and prints the daily settlement.</source>
        <translation>Patient search, Enter opens the latest visit; F5 takes payment, F9 prints the receipt, F6 refunds the selected payment, F10 closes the day and prints the daily settlement.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason for a refund (F6)</source>
        <translation>Reason for a refund (F6)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Choose the payment to refund.</source>
        <translation>Choose the payment to refund.</translation>
    </message>
    <message>
        <source>Enter the reason for the refund, then press F6 again.</source>
        <translation>Enter the reason for the refund, then press F6 again.</translation>
    </message>
    <message>
        <source>Refunded ¥ %1 by %2.</source>
        <translation>Refunded ¥ %1 by %2.</translation>
    </message>
    <message>
        <source>Add a fee item: code, name or 拼音码, Enter</source>
        <translation>Add a fee item: code, name or 拼音码, Enter</translation>
    </message>
    <message>
        <source>Open the patient's visit first, then type the fee item.</source>
        <translation>Open the patient's visit first, then type the fee item.</translation>
    </message>
    <message>
        <source>Added %1 (¥ %2).</source>
        <translation>Added %1 (¥ %2).</translation>
    </message>
    <message>
        <source>No fee item matches “%1”.</source>
        <translation>No fee item matches “%1”.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::CatalogueAdminPage</name>
    <message>
        <source>Search (拼音码, 五笔码, 医保 code or name)</source>
        <translation>Search (拼音码, 五笔码, 医保 code or name)</translation>
    </message>
    <message>
        <source>Generic name (通用名)</source>
        <translation>Generic name (通用名)</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>Dosage form</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation>Dispensing unit</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Units per package</translation>
    </message>
    <message>
        <source>Package unit</source>
        <translation>Package unit</translation>
    </message>
    <message>
        <source>Price per unit (yuan)</source>
        <translation>Price per unit (yuan)</translation>
    </message>
    <message>
        <source>医保 drug code (23 characters)</source>
        <translation>医保 drug code (23 characters)</translation>
    </message>
    <message>
        <source>Essential medicine (基本药物)</source>
        <translation>Essential medicine (基本药物)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Control class</source>
        <translation>Control class</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Dose unit</translation>
    </message>
    <message>
        <source>Dose per dispensing unit</source>
        <translation>Dose per dispensing unit</translation>
    </message>
    <message>
        <source>Maximum single dose</source>
        <translation>Maximum single dose</translation>
    </message>
    <message>
        <source>Maximum daily dose</source>
        <translation>Maximum daily dose</translation>
    </message>
    <message>
        <source>拼音码 (empty: computed)</source>
        <translation>拼音码 (empty: computed)</translation>
    </message>
    <message>
        <source>五笔码</source>
        <translation>五笔码</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>医保 item code</source>
        <translation>医保 item code</translation>
    </message>
    <message>
        <source>拼音码</source>
        <translation>拼音码</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>医保 code</source>
        <translation>医保 code</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <source>Western medicine (西药)</source>
        <translation>Western medicine (西药)</translation>
    </message>
    <message>
        <source>Chinese patent medicine (中成药)</source>
        <translation>Chinese patent medicine (中成药)</translation>
    </message>
    <message>
        <source>Herbal pieces (中药饮片)</source>
        <translation>Herbal pieces (中药饮片)</translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation>Not controlled</translation>
    </message>
    <message>
        <source>Narcotic / psychotropic I (麻、精一)</source>
        <translation>Narcotic / psychotropic I (麻、精一)</translation>
    </message>
    <message>
        <source>Psychotropic II (精二)</source>
        <translation>Psychotropic II (精二)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>on the national essential medicines list</source>
        <translation>on the national essential medicines list</translation>
    </message>
    <message>
        <source>can be prescribed</source>
        <translation>can be prescribed</translation>
    </message>
    <message>
        <source>can be charged</source>
        <translation>can be charged</translation>
    </message>
    <message>
        <source>e.g. amxl</source>
        <translation>e.g. amxl</translation>
    </message>
    <message>
        <source>e.g. 0.35</source>
        <translation>e.g. 0.35</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Not on the insurance list</source>
        <translation>Not on the insurance list</translation>
    </message>
    <message>
        <source>✓ valid 医保 code</source>
        <translation>✓ valid 医保 code</translation>
    </message>
    <message>
        <source>✗ %1 of 23 characters; letters and digits, starting with a letter</source>
        <translation>✗ %1 of 23 characters; letters and digits, starting with a letter</translation>
    </message>
    <message>
        <source>Editing %1. F2 saves, F4 starts a new entry.</source>
        <translation>Editing %1. F2 saves, F4 starts a new entry.</translation>
    </message>
    <message>
        <source>New entry: fill in the form, F2 saves.</source>
        <translation>New entry: fill in the form, F2 saves.</translation>
    </message>
    <message>
        <source>Enter the price in yuan with at most two decimals, and doses as numbers.</source>
        <translation>Enter the price in yuan with at most two decimals, and doses as numbers.</translation>
    </message>
    <message>
        <source>Saved %1 (拼音码 %2).</source>
        <translation>Saved %1 (拼音码 %2).</translation>
    </message>
    <message>
        <source>Enter the price in yuan with at most two decimals.</source>
        <translation>Enter the price in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::DoctorPage</name>
    <message>
        <source>Patient (name, pinyin initials or ID number) — Enter registers</source>
        <translation>Patient (name, pinyin initials or ID number) — Enter registers</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>Systolic (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>Diastolic (mmHg)</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>Heart rate (/min)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>Present illness</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Physical examination</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>Plan / orders</translation>
    </message>
    <message>
        <source>Prescription type</source>
        <translation>Prescription type</translation>
    </message>
    <message>
        <source>Drug (拼音码, 五笔码 or name) — Enter picks</source>
        <translation>Drug (拼音码, 五笔码 or name) — Enter picks</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency (qd, bid, tid …)</source>
        <translation>Frequency (qd, bid, tid …)</translation>
    </message>
    <message>
        <source>Days — Enter adds</source>
        <translation>Days — Enter adds</translation>
    </message>
    <message>
        <source>Warnings before signing</source>
        <translation>Warnings before signing</translation>
    </message>
    <message>
        <source>Reason for signing despite the warnings</source>
        <translation>Reason for signing despite the warnings</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>Outpatient</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Emergency (急诊)</source>
        <translation>Emergency (急诊)</translation>
    </message>
    <message>
        <source>Paediatric (儿科)</source>
        <translation>Paediatric (儿科)</translation>
    </message>
    <message>
        <source>Narcotic / psychotropic I (麻、精一)</source>
        <translation>Narcotic / psychotropic I (麻、精一)</translation>
    </message>
    <message>
        <source>Psychotropic II (精二)</source>
        <translation>Psychotropic II (精二)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>e.g. zxm or 张小明</source>
        <translation>e.g. zxm or 张小明</translation>
    </message>
    <message>
        <source>Visit registered. Enter the vitals, the note and the diagnosis.</source>
        <translation>Visit registered. Enter the vitals, the note and the diagnosis.</translation>
    </message>
    <message>
        <source>%1 %2 (primary)</source>
        <translation>%1 %2 (primary)</translation>
    </message>
    <message>
        <source>Enter a dose above zero, a known frequency and at least one day.</source>
        <translation>Enter a dose above zero, a known frequency and at least one day.</translation>
    </message>
    <message>
        <source>Allergy: the archive records an allergy to %1.</source>
        <translation>Allergy: the archive records an allergy to %1.</translation>
    </message>
    <message>
        <source>Duplicate: %1 is prescribed twice.</source>
        <translation>Duplicate: %1 is prescribed twice.</translation>
    </message>
    <message>
        <source>Dose: %1 is above the catalogue maximum.</source>
        <translation>Dose: %1 is above the catalogue maximum.</translation>
    </message>
    <message>
        <source>Stock: not enough %1 in the pharmacy.</source>
        <translation>Stock: not enough %1 in the pharmacy.</translation>
    </message>
    <message>
        <source>Register a patient first.</source>
        <translation>Register a patient first.</translation>
    </message>
    <message>
        <source>Saved. Check the warnings; signing needs a reason.</source>
        <translation>Saved. Check the warnings; signing needs a reason.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The prescription has warnings: confirm them with a reason, then press F5 again.</source>
        <translation>The prescription has warnings: confirm them with a reason, then press F5 again.</translation>
    </message>
    <message>
        <source>There is no prescription to print.</source>
        <translation>There is no prescription to print.</translation>
    </message>
    <message>
        <source>The prescription could not be written to %1.</source>
        <translation>The prescription could not be written to %1.</translation>
    </message>
    <message>
        <source>Prescription written to %1.</source>
        <translation>Prescription written to %1.</translation>
    </message>
    <message>
        <source>Timeline: visits, notes, prescriptions, public-health forms, images, consultations</source>
        <translation>Timeline: visits, notes, prescriptions, public-health forms, images, consultations</translation>
    </message>
    <message>
        <source>Past history (from the archive)</source>
        <translation>Past history (from the archive)</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>Allergy history</translation>
    </message>
    <message>
        <source>Auxiliary examinations</source>
        <translation>Auxiliary examinations</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10 code or pinyin initials) — Enter adds; the first is primary; Delete removes</source>
        <translation>Diagnosis (ICD-10 code or pinyin initials) — Enter adds; the first is primary; Delete removes</translation>
    </message>
    <message>
        <source>Reason for amending the signed note (F6)</source>
        <translation>Reason for amending the signed note (F6)</translation>
    </message>
    <message>
        <source>Route (po, im, iv … or pinyin)</source>
        <translation>Route (po, im, iv … or pinyin)</translation>
    </message>
    <message>
        <source>First visit (初诊)</source>
        <translation>First visit (初诊)</translation>
    </message>
    <message>
        <source>Return visit (复诊)</source>
        <translation>Return visit (复诊)</translation>
    </message>
    <message>
        <source>Self-pay (自费)</source>
        <translation>Self-pay (自费)</translation>
    </message>
    <message>
        <source>Resident insurance (城乡居民医保)</source>
        <translation>Resident insurance (城乡居民医保)</translation>
    </message>
    <message>
        <source>Employee insurance (职工医保)</source>
        <translation>Employee insurance (职工医保)</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>Other (其他)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>F2 save · F5 sign · F6 amend · F9 print prescription · F10 print note (Shift+F10 A4) · F3 templates · Ctrl+T save as template</source>
        <translation>F2 save · F5 sign · F6 amend · F9 print prescription · F10 print note (Shift+F10 A4) · F3 templates · Ctrl+T save as template</translation>
    </message>
    <message>
        <source>Registered: %1 — %2, %3</source>
        <translation>Registered: %1 — %2, %3</translation>
    </message>
    <message>
        <source>Template “%1” applied; edit the text, then F2 saves.</source>
        <translation>Template “%1” applied; edit the text, then F2 saves.</translation>
    </message>
    <message>
        <source>Saved as the clinic's template “%1”.</source>
        <translation>Saved as the clinic's template “%1”.</translation>
    </message>
    <message>
        <source>The patient's timeline could not be read.</source>
        <translation>The patient's timeline could not be read.</translation>
    </message>
    <message>
        <source>Signed. F9 prints the prescription, F10 the note; F6 amends the note.</source>
        <translation>Signed. F9 prints the prescription, F10 the note; F6 amends the note.</translation>
    </message>
    <message>
        <source>Only a signed note is amended; F2 saves a draft.</source>
        <translation>Only a signed note is amended; F2 saves a draft.</translation>
    </message>
    <message>
        <source>Enter the reason for the amendment, then press F6 again.</source>
        <translation>Enter the reason for the amendment, then press F6 again.</translation>
    </message>
    <message>
        <source>Nothing was changed, so no amendment was recorded.</source>
        <translation>Nothing was changed, so no amendment was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Amendment saved: %n field(s) changed; the trail is shown below the note.</source>
        <translation>
            <numerusform>Amendment saved: %n field changed; the trail is shown below the note.</numerusform>
            <numerusform>Amendment saved: %n fields changed; the trail is shown below the note.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no note to print.</source>
        <translation>There is no note to print.</translation>
    </message>
    <message>
        <source>The outpatient note could not be written to %1.</source>
        <translation>The outpatient note could not be written to %1.</translation>
    </message>
    <message>
        <source>Outpatient note written to %1.</source>
        <translation>Outpatient note written to %1.</translation>
    </message>
    <message>
        <source>The note is signed, so your changes to it are not saved yet: enter a reason and press F6 to record them as an amendment.</source>
        <translation>The note is signed, so your changes to it are not saved yet: enter a reason and press F6 to record them as an amendment.</translation>
    </message>
    <message>
        <source>Reason for more than 7 days (chronic disease …)</source>
        <translation>Reason for more than 7 days (chronic disease …)</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::PharmacyPage</name>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Dispensing queue</source>
        <translation>Dispensing queue</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message numerus="yes">
        <source>Near expiry (%n days)</source>
        <translation>
            <numerusform>Near expiry (%n days)</numerusform>
            <numerusform>Near expiry (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Dispensed.</source>
        <translation>Dispensed.</translation>
    </message>
    <message>
        <source>Partly dispensed: the rest stays in the queue until stock arrives.</source>
        <translation>Partly dispensed: the rest stays in the queue until stock arrives.</translation>
    </message>
    <message>
        <source>Enter dispenses the selected prescription (paid ones only); F2 receives, takes back or records on its tab; F5 refreshes.</source>
        <translation>Enter dispenses the selected prescription (paid ones only); F2 receives, takes back or records on its tab; F5 refreshes.</translation>
    </message>
    <message>
        <source>Stock receipt</source>
        <translation>Stock receipt</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StockReceiptPanel</name>
    <message>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>Expiry (last day of use)</source>
        <translation>Expiry (last day of use)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Quantity (dispensing units)</source>
        <translation>Quantity (dispensing units)</translation>
    </message>
    <message>
        <source>Unit cost (yuan)</source>
        <translation>Unit cost (yuan)</translation>
    </message>
    <message>
        <source>Drug (拼音码 or name) — Enter picks</source>
        <translation>Drug (拼音码 or name) — Enter picks</translation>
    </message>
    <message>
        <source>Batches of the chosen drug</source>
        <translation>Batches of the chosen drug</translation>
    </message>
    <message>
        <source>Receive into stock (F2)</source>
        <translation>Receive into stock (F2)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>e.g. 县医药公司</source>
        <translation>e.g. 县医药公司</translation>
    </message>
    <message>
        <source>No drug in the catalogue matches “%1”.</source>
        <translation>No drug in the catalogue matches “%1”.</translation>
    </message>
    <message>
        <source>Receiving %1.</source>
        <translation>Receiving %1.</translation>
    </message>
    <message>
        <source>Choose the drug first.</source>
        <translation>Choose the drug first.</translation>
    </message>
    <message>
        <source>Enter the unit cost in yuan with at most two decimals.</source>
        <translation>Enter the unit cost in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>Received %1 of batch %2 (expires %3).</source>
        <translation>Received %1 of batch %2 (expires %3).</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StockReturnPanel</name>
    <message>
        <source>Dispensed prescriptions (last 30 days)</source>
        <translation>Dispensed prescriptions (last 30 days)</translation>
    </message>
    <message>
        <source>Drugs given out</source>
        <translation>Drugs given out</translation>
    </message>
    <message>
        <source>Quantity returned</source>
        <translation>Quantity returned</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Take back into stock (F2)</source>
        <translation>Take back into stock (F2)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescribed</translation>
    </message>
    <message>
        <source>Choose the prescription and the drug to take back.</source>
        <translation>Choose the prescription and the drug to take back.</translation>
    </message>
    <message>
        <source>Enter the reason for the return.</source>
        <translation>Enter the reason for the return.</translation>
    </message>
    <message>
        <source>%1 taken back into stock.</source>
        <translation>%1 taken back into stock.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::his::StocktakePanel</name>
    <message>
        <source>Type the counted quantity of each batch counted; empty rows are left as they are</source>
        <translation>Type the counted quantity of each batch counted; empty rows are left as they are</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Differences of the last stocktake</source>
        <translation>Differences of the last stocktake</translation>
    </message>
    <message>
        <source>Record stocktake (F2)</source>
        <translation>Record stocktake (F2)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Row %1: the count must be a whole number of zero or more.</source>
        <translation>Row %1: the count must be a whole number of zero or more.</translation>
    </message>
    <message>
        <source>Type at least one counted quantity.</source>
        <translation>Type at least one counted quantity.</translation>
    </message>
    <message>
        <source>Stocktake recorded: %1 batches counted, %2 with a difference.</source>
        <translation>Stocktake recorded: %1 batches counted, %2 with a difference.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::DueListPage</name>
    <message>
        <source>Due list</source>
        <translation>Due list</translation>
    </message>
    <message>
        <source>Only my residents</source>
        <translation>Only my residents</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>Archive No.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Overdue %1 · this week %2 · this month %3</source>
        <translation>Overdue %1 · this week %2 · this month %3</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::FormPage</name>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Resident: name, initials or ID number, then Enter</source>
        <translation>Resident: name, initials or ID number, then Enter</translation>
    </message>
    <message>
        <source>No resident chosen</source>
        <translation>No resident chosen</translation>
    </message>
    <message>
        <source>Carry forward last visit</source>
        <translation>Carry forward last visit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>Save and sign</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <source>Suggestions (the doctor decides)</source>
        <translation>Suggestions (the doctor decides)</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>%1 · Archive No. %2</source>
        <translation>%1 · Archive No. %2</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>No resident found.</translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>The archive could not be found.</translation>
    </message>
    <message>
        <source>Choose the resident first.</source>
        <translation>Choose the resident first.</translation>
    </message>
    <message>
        <source>No earlier visit of this form.</source>
        <translation>No earlier visit of this form.</translation>
    </message>
    <message>
        <source>Carried forward from the visit of %1.</source>
        <translation>Carried forward from the visit of %1.</translation>
    </message>
    <message>
        <source>Saved and signed.</source>
        <translation>Saved and signed.</translation>
    </message>
    <message>
        <source>Saved (not signed yet).</source>
        <translation>Saved (not signed yet).</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Printed to %1.</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>The form could not be found.</source>
        <translation>The form could not be found.</translation>
    </message>
    <message>
        <source>Signed form: read-only. Use Amend to change it with a reason.</source>
        <translation>Signed form: read-only. Use Amend to change it with a reason.</translation>
    </message>
    <message>
        <source>Draft form: not signed yet.</source>
        <translation>Draft form: not signed yet.</translation>
    </message>
    <message>
        <source>Amending the signed form: change the fields, then save; you will be asked for the reason.</source>
        <translation>Amending the signed form: change the fields, then save; you will be asked for the reason.</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 by %2 — reason: %3
%4</source>
        <translation>%1 by %2 — reason: %3
%4</translation>
    </message>
    <message>
        <source>Amend signed form</source>
        <translation>Amend signed form</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>Reason for the amendment:</translation>
    </message>
    <message>
        <source>Amendment saved; the trail lists it.</source>
        <translation>Amendment saved; the trail lists it.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::FormPrinter</name>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>Doctor's signature: %1</source>
        <translation>Doctor's signature: %1</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::publichealth::IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Resident population:</source>
        <translation>Resident population:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>no denominator</source>
        <translation>no denominator</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ArchiveLifecycleDialog</name>
    <message>
        <source>%1 · Archive No. %2</source>
        <translation>%1 · Archive No. %2</translation>
    </message>
    <message>
        <source>Date of death *</source>
        <translation>Date of death *</translation>
    </message>
    <message>
        <source>Transfer date *</source>
        <translation>Transfer date *</translation>
    </message>
    <message>
        <source>Transferred to *</source>
        <translation>Transferred to *</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>Reason for closing *</source>
        <translation>Reason for closing *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>Register death</source>
        <translation>Register death</translation>
    </message>
    <message>
        <source>Close archive</source>
        <translation>Close archive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Transfer the archive of %1 out? It can no longer be edited here; it becomes active again when the resident is transferred back in.</source>
        <translation>Transfer the archive of %1 out? It can no longer be edited here; it becomes active again when the resident is transferred back in.</translation>
    </message>
    <message>
        <source>Register the death of %1? The archive is closed and leaves every register.</source>
        <translation>Register the death of %1? The archive is closed and leaves every register.</translation>
    </message>
    <message>
        <source>Close the archive of %1? It can no longer be edited.</source>
        <translation>Close the archive of %1? It can no longer be edited.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::FamilyView</name>
    <message>
        <source>Family (household)</source>
        <translation>Family (household)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>Archive No.</translation>
    </message>
    <message>
        <source>Start a family with this resident as head</source>
        <translation>Start a family with this resident as head</translation>
    </message>
    <message>
        <source>Member: ID number, archive number or name</source>
        <translation>Member: ID number, archive number or name</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>The family record is missing.</source>
        <translation>The family record is missing.</translation>
    </message>
    <message>
        <source>Family created.</source>
        <translation>Family created.</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>No resident found.</translation>
    </message>
    <message>
        <source>Choose the relation to the head of household.</source>
        <translation>Choose the relation to the head of household.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Make the selected member head of household…</source>
        <translation>Make the selected member head of household…</translation>
    </message>
    <message>
        <source>Select the member who becomes head of household.</source>
        <translation>Select the member who becomes head of household.</translation>
    </message>
    <message>
        <source>This member is already head of household.</source>
        <translation>This member is already head of household.</translation>
    </message>
    <message>
        <source>Head of household changed.</source>
        <translation>Head of household changed.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::HeadChangeDialog</name>
    <message>
        <source>Change head of household</source>
        <translation>Change head of household</translation>
    </message>
    <message>
        <source>leaves the family (archive no longer active)</source>
        <translation>leaves the family (archive no longer active)</translation>
    </message>
    <message>
        <source>%1 is the new head's</source>
        <translation>%1 is the new head's</translation>
    </message>
    <message>
        <source>%1 becomes head of household. State how each member is related to %1.</source>
        <translation>%1 becomes head of household. State how each member is related to %1.</translation>
    </message>
    <message>
        <source>Change head</source>
        <translation>Change head</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Make %1 head of household?</source>
        <translation>Make %1 head of household?</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::IdNumberField</name>
    <message>
        <source>%1 of 18 digits</source>
        <translation>%1 of 18 digits</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>✓ Valid · born %1 · %2</source>
        <translation>✓ Valid · born %1 · %2</translation>
    </message>
    <message>
        <source>(becomes %1)</source>
        <translation>(becomes %1)</translation>
    </message>
    <message>
        <source>✗ The birth date in this number is impossible</source>
        <translation>✗ The birth date in this number is impossible</translation>
    </message>
    <message>
        <source>✗ Check digit wrong — a digit is mistyped</source>
        <translation>✗ Check digit wrong — a digit is mistyped</translation>
    </message>
    <message>
        <source>✗ Not a valid ID number</source>
        <translation>✗ Not a valid ID number</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ImportDialog</name>
    <message>
        <source>Import archives from CSV</source>
        <translation>Import archives from CSV</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>Choose CSV file…</translation>
    </message>
    <message>
        <source>Columns are matched by their header: 姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 民族, 血型, 档案编号, 户主身份证号, 与户主关系. UTF-8 and GB18030 files are recognised.</source>
        <translation>Columns are matched by their header: 姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 民族, 血型, 档案编号, 户主身份证号, 与户主关系. UTF-8 and GB18030 files are recognised.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save report as CSV…</source>
        <translation>Save report as CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>The report could not be saved to %1.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>%1 archive(s) imported, %2 row(s) rejected; %3 family(ies) created, %4 member(s) linked.</source>
        <translation>%1 archive(s) imported, %2 row(s) rejected; %3 family(ies) created, %4 member(s) linked.</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>Archive No.</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>Merge duplicate archives</source>
        <translation>Merge duplicate archives</translation>
    </message>
    <message>
        <source>Name, initials, ID number, phone or archive number, then Enter</source>
        <translation>Name, initials, ID number, phone or archive number, then Enter</translation>
    </message>
    <message>
        <source>Keep the left archive</source>
        <translation>Keep the left archive</translation>
    </message>
    <message>
        <source>Keep the right archive</source>
        <translation>Keep the right archive</translation>
    </message>
    <message>
        <source>Left archive</source>
        <translation>Left archive</translation>
    </message>
    <message>
        <source>Right archive</source>
        <translation>Right archive</translation>
    </message>
    <message>
        <source>Reason, e.g. filed twice</source>
        <translation>Reason, e.g. filed twice</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>No resident found.</translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>The archive could not be found.</translation>
    </message>
    <message>
        <source>Find two different archives first.</source>
        <translation>Find two different archives first.</translation>
    </message>
    <message>
        <source>Keep archive %1 (%2) and merge archive %3 into it? Archive %3 stays readable but can no longer be edited or found by search.</source>
        <translation>Keep archive %1 (%2) and merge archive %3 into it? Archive %3 stays readable but can no longer be edited or found by search.</translation>
    </message>
    <message>
        <source>Both archives and their histories are kept; the other archive is marked as merged and no longer found by search. Empty fields of the kept archive are filled from the other one.</source>
        <translation>Both archives and their histories are kept; the other archive is marked as merged and no longer found by search. Empty fields of the kept archive are filled from the other one.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ResidentCard</name>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <source>Rh</source>
        <translation>Rh</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Drug allergies</source>
        <translation>Drug allergies</translation>
    </message>
    <message>
        <source>Past diseases</source>
        <translation>Past diseases</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Responsible doctor</source>
        <translation>Responsible doctor</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>Birth date *</translation>
    </message>
    <message>
        <source>Save archive</source>
        <translation>Save archive</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>New archive</translation>
    </message>
    <message>
        <source>The archive number is assigned on saving</source>
        <translation>The archive number is assigned on saving</translation>
    </message>
    <message>
        <source>Archive No. %1</source>
        <translation>Archive No. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>One syllable per character, e.g. "shan xiong xin". Correct it for surnames read differently (单 shan, 曾 zeng); search then finds the corrected reading.</source>
        <translation>One syllable per character, e.g. "shan xiong xin". Correct it for surnames read differently (单 shan, 曾 zeng); search then finds the corrected reading.</translation>
    </message>
    <message>
        <source>transferred out</source>
        <translation>transferred out</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>merged into another archive</source>
        <translation>merged into another archive</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zs), ID number, phone or archive number</source>
        <translation>Search: name, pinyin initials (zs), ID number, phone or archive number</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>New archive</translation>
    </message>
    <message>
        <source>Fill a form…</source>
        <translation>Fill a form…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>Archive No.</translation>
    </message>
    <message>
        <source>Type to search the archives.</source>
        <translation>Type to search the archives.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found</source>
        <translation>
            <numerusform>%n resident found</numerusform>
            <numerusform>%n residents found</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive could not be found.</source>
        <translation>The archive could not be found.</translation>
    </message>
    <message>
        <source>Archive of %1 updated.</source>
        <translation>Archive of %1 updated.</translation>
    </message>
    <message>
        <source>Archive of %1 transferred in.</source>
        <translation>Archive of %1 transferred in.</translation>
    </message>
    <message>
        <source>Archives merged; %1 is kept.</source>
        <translation>Archives merged; %1 is kept.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Transfer in…</source>
        <translation>Transfer in…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <source>Transfer out…</source>
        <translation>Transfer out…</translation>
    </message>
    <message>
        <source>Register death…</source>
        <translation>Register death…</translation>
    </message>
    <message>
        <source>Close archive…</source>
        <translation>Close archive…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::registry::TransferInDialog</name>
    <message>
        <source>Transfer an archive in</source>
        <translation>Transfer an archive in</translation>
    </message>
    <message>
        <source>17 digits; empty: a new number is assigned</source>
        <translation>17 digits; empty: a new number is assigned</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date *</source>
        <translation>Birth date *</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <source>Archive No.</source>
        <translation>Archive No.</translation>
    </message>
    <message>
        <source>Transferred from *</source>
        <translation>Transferred from *</translation>
    </message>
    <message>
        <source>Transfer date *</source>
        <translation>Transfer date *</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>Transferred from</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Transfer date</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell</name>
    <message>
        <source>It will be unlocked at %1.</source>
        <translation>It will be unlocked at %1.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AboutDialog</name>
    <message>
        <source>About ClinicLink</source>
        <translation>About ClinicLink</translation>
    </message>
    <message>
        <source>ClinicLink village clinic workstation</source>
        <translation>ClinicLink village clinic workstation</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Patient records, prescriptions, public health follow-up and image consultation for village clinics. All patient data on this computer is encrypted.</source>
        <translation>Patient records, prescriptions, public health follow-up and image consultation for village clinics. All patient data on this computer is encrypted.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>not built in yet</source>
        <translation>not built in yet</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>e.g. wang.li</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::AdministratorPage</name>
    <message>
        <source>Used to sign in, e.g. "admin" or "wang.li".</source>
        <translation>Used to sign in, e.g. "admin" or "wang.li".</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Step 2 of 3</source>
        <translation>Step 2 of 3</translation>
    </message>
    <message>
        <source>The administrator adds the doctors' accounts and can reset their passwords. The administrator account does not see patient records.</source>
        <translation>The administrator adds the doctors' accounts and can reset their passwords. The administrator account does not see patient records.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ChangePasswordDialog</name>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now; only you should know it.</source>
        <translation>You signed in with a temporary password. Choose your own password now; only you should know it.</translation>
    </message>
    <message>
        <source>Choose a new password. Your current password stops working immediately.</source>
        <translation>Choose a new password. Your current password stops working immediately.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ClinicPage</name>
    <message>
        <source>12 digits: county code (6) + township (3) + village (3). A township health centre uses village 000.</source>
        <translation>12 digits: county code (6) + township (3) + village (3). A township health centre uses village 000.</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) needed.</source>
        <translation>
            <numerusform>%n more digit needed.</numerusform>
            <numerusform>%n more digits needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>County %1, township %2, village %3.</source>
        <translation>County %1, township %2, village %3.</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Your clinic</translation>
    </message>
    <message>
        <source>Step 1 of 3</source>
        <translation>Step 1 of 3</translation>
    </message>
    <message>
        <source>Welcome to ClinicLink. This set-up is done once, by the clinic's administrator. All patient data on this computer will be encrypted.</source>
        <translation>Welcome to ClinicLink. This set-up is done once, by the clinic's administrator. All patient data on this computer will be encrypted.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <source>Clinic &amp;code:</source>
        <translation>Clinic &amp;code:</translation>
    </message>
    <message>
        <source>e.g. Xinglong Village Clinic</source>
        <translation>e.g. Xinglong Village Clinic</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>error message, then how many digits are missing</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::EnrolDialog</name>
    <message>
        <source>Connect to platform</source>
        <translation>Connect to platform</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Clinic:</translation>
    </message>
    <message>
        <source>Clinic code:</source>
        <translation>Clinic code:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Changes not yet sent:</source>
        <translation>Changes not yet sent:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent to the township hospital</source>
        <translation>
            <numerusform>%n record waiting to be sent to the township hospital</numerusform>
            <numerusform>%n records waiting to be sent to the township hospital</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a task in the list on the left.</source>
        <translation>Choose a task in the list on the left.</translation>
    </message>
    <message numerus="yes">
        <source>Leaving the computer? Press Ctrl+L to lock it; your work stays open. ClinicLink also locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Leaving the computer? Press Ctrl+L to lock it; your work stays open. ClinicLink also locks itself after %n minute without use.</numerusform>
            <numerusform>Leaving the computer? Press Ctrl+L to lock it; your work stays open. ClinicLink also locks itself after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::LockScreen</name>
    <message>
        <source>ClinicLink is locked</source>
        <translation>ClinicLink is locked</translation>
    </message>
    <message>
        <source>Locked for %1. Your work is kept. Enter your password to continue.</source>
        <translation>Locked for %1. Your work is kept. Enter your password to continue.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Sign out…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>ClinicLink — %1 — %2</source>
        <translation>ClinicLink — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ClinicLink</source>
        <translation>&amp;About ClinicLink</translation>
    </message>
    <message>
        <source>Connect to &amp;platform…</source>
        <translation>Connect to &amp;platform…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PasswordFeedback</name>
    <message>
        <source>At least 8 characters, with 3 of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>At least 8 characters, with 3 of: lower-case letters, upper-case letters, digits, symbols.</translation>
    </message>
    <message>
        <source>The password meets the rules. Enter it a second time.</source>
        <translation>The password meets the rules. Enter it a second time.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>The password meets the rules.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PlatformEnrolForm</name>
    <message>
        <source>Platform CA certificate</source>
        <translation>Platform CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the platform's address, e.g. https://platform.example.cn:8443.</source>
        <translation>Enter the platform's address, e.g. https://platform.example.cn:8443.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the platform administrator.</source>
        <translation>Enter the one-time code from the platform administrator.</translation>
    </message>
    <message>
        <source>The CA file cannot be read: %1</source>
        <translation>The CA file cannot be read: %1</translation>
    </message>
    <message>
        <source>The clinic's data store is not open. Connect later from Session › Connect to platform.</source>
        <translation>The clinic's data store is not open. Connect later from Session › Connect to platform.</translation>
    </message>
    <message>
        <source>Connected to the platform as %1 (%2).</source>
        <translation>Connected to the platform as %1 (%2).</translation>
    </message>
    <message>
        <source>Records saved on this computer are sent to the county's platform, and the platform's records of your residents come back. Ask the platform administrator for its address and a one-time code.</source>
        <translation>Records saved on this computer are sent to the county's platform, and the platform's records of your residents come back. Ask the platform administrator for its address and a one-time code.</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Platform &amp;address:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>CA &amp;certificate (optional):</source>
        <translation>CA &amp;certificate (optional):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::PlatformPage</name>
    <message>
        <source>Connect to the platform (optional)</source>
        <translation>Connect to the platform (optional)</translation>
    </message>
    <message>
        <source>Optional: you can also do this later</source>
        <translation>Optional: you can also do this later</translation>
    </message>
    <message>
        <source>No network yet? Click Finish: the clinic works offline, and the administrator can connect later from Session › Connect to platform.</source>
        <translation>No network yet? Click Finish: the clinic works offline, and the administrator can connect later from Session › Connect to platform.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryDialog</name>
    <message>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, disabled)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset the administrator password</source>
        <translation>Reset the administrator password</translation>
    </message>
    <message>
        <source>Enter the recovery key from the sheet printed when the clinic was set up. Upper or lower case and spaces do not matter.</source>
        <translation>Enter the recovery key from the sheet printed when the clinic was set up. Upper or lower case and spaces do not matter.</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>The recovery key is correct. Choose the administrator and give a temporary password; a new password must be chosen at the next sign-in.</source>
        <translation>The recovery key is correct. Choose the administrator and give a temporary password; a new password must be chosen at the next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryKeyPage</name>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>The recovery key was sent to the printer.</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer and try again.</source>
        <translation>Printing failed. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Copy it to a USB stick that is locked away, then delete it from this computer.</source>
        <translation>Saved to %1. Copy it to a USB stick that is locked away, then delete it from this computer.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Step 3 of 3 — the clinic is set up</source>
        <translation>Step 3 of 3 — the clinic is set up</translation>
    </message>
    <message>
        <source>This is the clinic's recovery key. It is shown only this once. If every administrator password is forgotten, only this key can open the clinic's data.</source>
        <translation>This is the clinic's recovery key. It is shown only this once. If every administrator password is forgotten, only this key can open the clinic's data.</translation>
    </message>
    <message>
        <source>Print it (or save it as PDF and copy it to a USB stick) and lock it away. Anyone with this key can open all patient records.</source>
        <translation>Print it (or save it as PDF and copy it to a USB stick) and lock it away. Anyone with this key can open all patient records.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>I have printed or stored the recovery key in a safe place</source>
        <translation>I have printed or stored the recovery key in a safe place</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::RecoveryKeySheet</name>
    <message>
        <source>ClinicLink recovery key</source>
        <translation>ClinicLink recovery key</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Clinic code</source>
        <translation>Clinic code</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>With this key the clinic's data can be opened when every administrator password is lost. Anyone who has it can open all patient records on this computer.</source>
        <translation>With this key the clinic's data can be opened when every administrator password is lost. Anyone who has it can open all patient records on this computer.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away (for example in the clinic's safe). Do not store it on the computer.</source>
        <translation>Keep this sheet locked away (for example in the clinic's safe). Do not store it on the computer.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::ScreenLocker</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signing out closes ClinicLink for this user. Work that was not saved will be lost. Sign out anyway?</source>
        <translation>Signing out closes ClinicLink for this user. Work that was not saved will be lost. Sign out anyway?</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::SetupWizard</name>
    <message>
        <source>Set up ClinicLink</source>
        <translation>Set up ClinicLink</translation>
    </message>
    <message>
        <source>Set up the clinic</source>
        <translation>Set up the clinic</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::SignInDialog</name>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>You must choose a new password before you can continue.</translation>
    </message>
    <message>
        <source>The password was reset. Sign in with the new temporary password; you will then choose your own.</source>
        <translation>The password was reset. Sign in with the new temporary password; you will then choose your own.</translation>
    </message>
    <message>
        <source>Sign in — ClinicLink</source>
        <translation>Sign in — ClinicLink</translation>
    </message>
    <message>
        <source>ClinicLink village clinic workstation</source>
        <translation>ClinicLink village clinic workstation</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Sign in with your own user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Forgot the administrator password?</source>
        <translation>Forgot the administrator password?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::shell::UserAdminPage</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active, must choose a new password</source>
        <translation>Active, must choose a new password</translation>
    </message>
    <message>
        <source>%1 was added as %2. Tell them the temporary password; they choose their own at the first sign-in.</source>
        <translation>%1 was added as %2. Tell them the temporary password; they choose their own at the first sign-in.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1? The password stops working immediately. The account can be enabled again later with a new temporary password.</source>
        <translation>Disable %1? The password stops working immediately. The account can be enabled again later with a new temporary password.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 is disabled and can no longer sign in.</translation>
    </message>
    <message>
        <source>Enable %1 with a temporary password. They must choose a new password at the next sign-in.</source>
        <translation>Enable %1 with a temporary password. They must choose a new password at the next sign-in.</translation>
    </message>
    <message>
        <source>%1 is enabled again and can sign in with the temporary password.</source>
        <translation>%1 is enabled again and can sign in with the temporary password.</translation>
    </message>
    <message>
        <source>Give %1 a temporary password. Their old password stops working; they must choose a new password at the next sign-in.</source>
        <translation>Give %1 a temporary password. Their old password stops working; they must choose a new password at the next sign-in.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::ConflictsView</name>
    <message numerus="yes">
        <source>%1 · %n field(s)
detected %2</source>
        <translation>
            <numerusform>%1 · %n field
detected %2</numerusform>
            <numerusform>%1 · %n fields
detected %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Clinic PC</source>
        <translation>Clinic PC</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3: saved by %4&lt;br&gt;Platform: saved by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3: saved by %4&lt;br&gt;Platform: saved by %5</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Record deleted?</source>
        <translation>Record deleted?</translation>
    </message>
    <message>
        <source>Keep the platform's value</source>
        <translation>Keep the platform's value</translation>
    </message>
    <message>
        <source>Keep this PC's value</source>
        <translation>Keep this PC's value</translation>
    </message>
    <message>
        <source>Type another value</source>
        <translation>Type another value</translation>
    </message>
    <message>
        <source>Saved. The decision is sent with the next sync.</source>
        <translation>Saved. The decision is sent with the next sync.</translation>
    </message>
    <message>
        <source>The same field was changed on this PC and on another computer. Nothing was overwritten: the record shows the platform's value until you decide. Compare both values with the value they started from, then choose one or type the correct value.</source>
        <translation>The same field was changed on this PC and on another computer. Nothing was overwritten: the record shows the platform's value until you decide. Compare both values with the value they started from, then choose one or type the correct value.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Before (base)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Typed value</translation>
    </message>
    <message>
        <source>Apply decision</source>
        <translation>Apply decision</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::RejectedView</name>
    <message>
        <source>It will be sent again with the next sync.</source>
        <translation>It will be sent again with the next sync.</translation>
    </message>
    <message>
        <source>Keep on this PC only</source>
        <translation>Keep on this PC only</translation>
    </message>
    <message>
        <source>The record stays on this PC but will not be sent to the platform. Continue?</source>
        <translation>The record stays on this PC but will not be sent to the platform. Continue?</translation>
    </message>
    <message>
        <source>Kept on this PC only.</source>
        <translation>Kept on this PC only.</translation>
    </message>
    <message>
        <source>The platform refused these records. Everything else was sent. Fix the cause (for example ask the platform administrator about the area), then send a record again, or keep it on this PC only.</source>
        <translation>The platform refused these records. Everything else was sent. Fix the cause (for example ask the platform administrator about the area), then send a record again, or keep it on this PC only.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncCenterDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncIndicator</name>
    <message>
        <source>All sent · last sync %1</source>
        <translation>All sent · last sync %1</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <source>Saved, not yet sent</source>
        <translation>Saved, not yet sent</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n record(s) not yet sent</source>
        <translation>
            <numerusform>Sending… %n record not yet sent</numerusform>
            <numerusform>Sending… %n records not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet sent</source>
        <translation>
            <numerusform>%n record not yet sent</numerusform>
            <numerusform>%n records not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a platform</source>
        <translation>Not connected to a platform</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>last attempt failed</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send unsent records and fetch the platform's changes now</source>
        <translation>Send unsent records and fetch the platform's changes now</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::sync::SyncTexts</name>
    <message>
        <source>Resident archive</source>
        <translation>Resident archive</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Public-health form</source>
        <translation>Public-health form</translation>
    </message>
    <message>
        <source>Outpatient visit</source>
        <translation>Outpatient visit</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Clinical note</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Not permitted: the record belongs to an organisation outside this computer's area.</source>
        <translation>Not permitted: the record belongs to an organisation outside this computer's area.</translation>
    </message>
    <message>
        <source>Invalid: the platform did not accept the record's content.</source>
        <translation>Invalid: the platform did not accept the record's content.</translation>
    </message>
    <message>
        <source>The platform does not know this record (it was changed here before it was ever sent).</source>
        <translation>The platform does not know this record (it was changed here before it was ever sent).</translation>
    </message>
    <message>
        <source>Too large: the record exceeds 1 MiB.</source>
        <translation>Too large: the record exceeds 1 MiB.</translation>
    </message>
    <message>
        <source>Refused by the platform (%1).</source>
        <translation>Refused by the platform (%1).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::MeasurementList</name>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::PresetsDialog</name>
    <message>
        <source>Window presets</source>
        <translation>Window presets</translation>
    </message>
    <message>
        <source>Keys 1 to 8 apply these windows (in modality units, HU for CT); key 9 restores the image's own window.</source>
        <translation>Keys 1 to 8 apply these windows (in modality units, HU for CT); key 9 restores the image's own window.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Row %1 needs a number as centre and a width of at least 1.</source>
        <translation>Row %1 needs a number as centre and a width of at least 1.</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::ThumbnailStrip</name>
    <message numerus="yes">
        <source>%1
%n image(s)</source>
        <translation>
            <numerusform>%1
%n image</numerusform>
            <numerusform>%1
%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::ViewerWidget</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Window %1, centre %2</source>
        <translation>Window %1, centre %2</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Open files…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <source>Open DICOMDIR…</source>
        <translation>Open DICOMDIR…</translation>
    </message>
    <message>
        <source>Open a DICOMDIR (CD/DVD)</source>
        <translation>Open a DICOMDIR (CD/DVD)</translation>
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
        <translation>Measure</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>Rotate 90°</translation>
    </message>
    <message>
        <source>Flip H</source>
        <translation>Flip H</translation>
    </message>
    <message>
        <source>Flip V</source>
        <translation>Flip V</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invert</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Pseudo-colour</source>
        <translation>Pseudo-colour</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>No window for colour images</source>
        <translation>No window for colour images</translation>
    </message>
    <message>
        <source>File: %1 (W %2, C %3)</source>
        <translation>File: %1 (W %2, C %3)</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>File: VOI LUT %1</source>
        <translation>File: VOI LUT %1</translation>
    </message>
    <message>
        <source>%1. %2 (W %3, C %4)</source>
        <translation>%1. %2 (W %3, C %4)</translation>
    </message>
    <message>
        <source>9. Image default</source>
        <translation>9. Image default</translation>
    </message>
    <message>
        <source>Loading %1 of %2 files…</source>
        <translation>Loading %1 of %2 files…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) loaded.</source>
        <translation>
            <numerusform>%n file loaded.</numerusform>
            <numerusform>%n files loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open DICOM files</source>
        <translation>Open DICOM files</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.DCM *);;All files (*)</source>
        <translation>DICOM files (*.dcm *.DCM *);;All files (*)</translation>
    </message>
    <message>
        <source>Open a folder of DICOM files</source>
        <translation>Open a folder of DICOM files</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Export view as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>The image could not be written.</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Brain</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Stroke</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Lung</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Liver</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Bone</translation>
    </message>
    <message>
        <source>Cine speed (frames per second)</source>
        <translation>Cine speed (frames per second)</translation>
    </message>
    <message>
        <source>Edit presets…</source>
        <translation>Edit presets…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
</context>
<context>
    <name>cliniclink::ui::viewer::Viewport</name>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Open files or a folder to view images</source>
        <translation>Open files or a folder to view images</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Colour image</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>W %1  C %2</source>
        <translation>W %1  C %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>  Rotated %1°</source>
        <translation>  Rotated %1°</translation>
    </message>
    <message>
        <source>  Flipped H</source>
        <translation>  Flipped H</translation>
    </message>
    <message>
        <source>  Flipped V</source>
        <translation>  Flipped V</translation>
    </message>
    <message>
        <source>  Inverted</source>
        <translation>  Inverted</translation>
    </message>
    <message>
        <source>mm: %1</source>
        <translation>mm: %1</translation>
    </message>
    <message>
        <source>px: uncalibrated</source>
        <translation>px: uncalibrated</translation>
    </message>
    <message>
        <source>mm inside ultrasound regions</source>
        <translation>mm inside ultrasound regions</translation>
    </message>
    <message>
        <source>LOSSY</source>
        <translation>LOSSY</translation>
    </message>
    <message>
        <source>character set guessed</source>
        <translation>character set guessed</translation>
    </message>
</context>
</TS>