#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::store {
class Store;
}

namespace cliniclink::ui::shell {

// "Connect to the platform": address, one-time code and an optional CA file to pin; enrols this
// computer with sync::enrol (the code path of `cliniclinkctl enroll`). Wrong code, unreachable
// platform, refused certificate and plain http to another computer are shown inline; nothing is
// saved unless enrolment succeeds. Used by the set-up wizard and by Session › Connect to platform.
class PlatformEnrolForm : public QWidget {
    Q_OBJECT
public:
    // Gives the open store to enrol (null: not available, shown as an error).
    using StoreProvider = std::function<store::Store *()>;
    explicit PlatformEnrolForm(StoreProvider store, QWidget *parent = nullptr);

    bool isEnrolled() const { return m_enrolled; }
    QString message() const;

public slots:
    bool enrol();

signals:
    void enrolled(const QString &orgCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseCaFile();

    StoreProvider m_store;
    bool m_enrolled = false;
    QLabel *m_intro;
    QLabel *m_urlLabel;
    QLabel *m_codeLabel;
    QLabel *m_caLabel;
    QLineEdit *m_url;
    QLineEdit *m_code;
    QLineEdit *m_ca;
    QPushButton *m_browse;
    QPushButton *m_connect;
    QLabel *m_message;
};

} // namespace cliniclink::ui::shell
