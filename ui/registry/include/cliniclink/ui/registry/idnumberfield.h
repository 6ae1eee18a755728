#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace cliniclink::ui::registry {

// 身份证号 with instant feedback as it is typed: a green tick with the birth date and sex it
// encodes once the check digit agrees, a red message in plain words otherwise (wrong length,
// impossible date, wrong check digit). The number itself is never logged.
class IdNumberField : public QWidget {
    Q_OBJECT
public:
    explicit IdNumberField(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool isValid() const { return m_valid; }
    QString feedback() const;
    QLineEdit *edit() const { return m_edit; }

signals:
    // Emitted when a complete, valid number is entered: the birth date and GB/T 2261.1 sex code.
    void validNumber(const QDate &birthDate, const QString &sexCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();

    QLineEdit *m_edit;
    QLabel *m_feedback;
    bool m_valid = false;
};

} // namespace cliniclink::ui::registry
