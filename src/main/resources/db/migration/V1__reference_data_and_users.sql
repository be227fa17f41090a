-- Reference data and the people who sign in. utf8mb4 with utf8mb4_unicode_520_ci everywhere:
-- it folds Vietnamese diacritics and đ/d, so "cau ngo son" matches "cầu Ngô Sơn" in comparisons.
ALTER DATABASE `${flyway:database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE commune (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(150) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    province_name VARCHAR(150) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_commune_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Villages (thôn, bản, xóm, làng) and residential groups (tổ dân phố) of a commune.
CREATE TABLE village (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    commune_id BIGINT       NOT NULL,
    name       VARCHAR(150) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    head_name  VARCHAR(150),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_village_commune_name UNIQUE (commune_id, name),
    CONSTRAINT fk_village_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE department (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    commune_id BIGINT       NOT NULL,
    name       VARCHAR(150) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_commune_name UNIQUE (commune_id, name),
    CONSTRAINT fk_department_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Petition categories are shared by every commune of the installation, named in both languages.
CREATE TABLE category (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(30)  NOT NULL,
    name_vi VARCHAR(150) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Staff accounts. password_hash holds "algorithm:iterations:salt:hash" (PBKDF2), so the work factor can
-- grow without invalidating older hashes. province_wide lets a user see every commune.
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    email         VARCHAR(150),
    commune_id    BIGINT       NOT NULL,
    province_wide BOOLEAN      NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Default categories (DOMAIN.md: the cases communes meet most). Admins edit them.
INSERT INTO category (code, name_vi, name_en) VALUES
 ('LAND',        'Đất đai',                         'Land'),
 ('TRAFFIC',     'Giao thông',                      'Roads and traffic'),
 ('IRRIGATION',  'Thủy lợi, đê điều',               'Irrigation and dykes'),
 ('ENVIRONMENT', 'Môi trường, tài nguyên',          'Environment and resources'),
 ('CONSTRUCT',   'Xây dựng, hạ tầng',               'Construction and infrastructure'),
 ('SOCIAL',      'Chính sách xã hội, an sinh',      'Social policy and welfare'),
 ('HEALTH',      'Y tế',                            'Health'),
 ('EDUCATION',   'Giáo dục',                        'Education'),
 ('SECURITY',    'An ninh, trật tự',                'Public order and security'),
 ('ADMIN',       'Thủ tục hành chính',              'Administrative procedures'),
 ('AGRICULTURE', 'Nông nghiệp, lâm nghiệp',         'Agriculture and forestry'),
 ('OTHER',       'Khác',                            'Other');
