package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The upload button's words in the person's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** @param fileKind the key of the words that name the one kind of file this upload takes, like ".csv" */
    public static UploadI18N of(Component in, String fileKind) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(in.getTranslation("upload.add-one"))
                .setMany(in.getTranslation("upload.add-one")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(in.getTranslation("upload.drop-one"))
                .setMany(in.getTranslation("upload.drop-one")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(in.getTranslation("upload.too-many"))
                .setFileIsTooBig(in.getTranslation("upload.too-big"))
                .setIncorrectFileType(in.getTranslation("upload.wrong-type", in.getTranslation(fileKind))));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(in.getTranslation("upload.connecting"))
                        .setStalled(in.getTranslation("upload.stalled")).setProcessing(in.getTranslation("upload.processing"))
                        .setHeld(in.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(in.getTranslation("upload.remaining")).setUnknown(in.getTranslation("upload.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(in.getTranslation("upload.server"))
                        .setUnexpectedServerError(in.getTranslation("upload.server"))
                        .setForbidden(in.getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of(in.getTranslation("upload.units").split(","))));
        i18n.setFile(new UploadI18N.File().setRetry(in.getTranslation("upload.retry"))
                .setStart(in.getTranslation("upload.start")).setRemove(in.getTranslation("upload.remove")));
        return i18n;
    }
}
